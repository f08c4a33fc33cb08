/**
 * Rolls a set of actions up into a status mix and its most serious open item. Actions that
 * have not reported are counted separately, never as 0 %, and stale ratings are not
 * counted as if they were current.
 */

import {
  CONFIDENCE_LABELS,
  CONFIDENCES,
  isFinishedStage,
  STAGES,
  type Confidence,
  type Stage,
  type SystemState,
} from "@/lib/status/vocabulary";
import { compareActionCodes } from "./compare-action-codes";

export { compareActionCodes };

export type RollUpItem = {
  code: string;
  title: string;
  /** null when never reported */
  stage: Stage | null;
  /** null when never reported (or reported without a rating) */
  confidence: Confidence | null;
  systemState: SystemState;
  progressPercent: number | null;
};

export type ConfidenceCategory = Confidence | "not_yet_reported" | "stale" | "no_rating";
export type StageCategory = Stage | "not_yet_reported";

export type RollUp = {
  total: number;
  byStage: Record<StageCategory, number>;
  byConfidence: Record<ConfidenceCategory, number>;
  stale: number;
  worst: RollUpItem | null;
  progress: { meanPercent: number | null; basedOn: number; excluded: number };
  explanation: string[];
  /** Unfinished actions past their due date (lib/status/overdue.ts), when the items carry dates. */
  overdue?: number;
};

/** Most severe first. Stale and unreported sit between the bad and the good ratings. */
export const SEVERITY_ORDER = [
  "unachievable",
  "at_risk",
  "stale",
  "not_yet_reported",
  "feasible",
  "probable",
  "on_track",
] as const;
type SeverityCategory = (typeof SEVERITY_ORDER)[number];

/** Display order for the mix, best first. */
export const MIX_ORDER: readonly ConfidenceCategory[] = [...CONFIDENCES, "stale", "not_yet_reported", "no_rating"];

export const MIX_LABELS: Record<ConfidenceCategory, string> = {
  on_track: CONFIDENCE_LABELS.on_track.toLowerCase(),
  probable: CONFIDENCE_LABELS.probable.toLowerCase(),
  feasible: CONFIDENCE_LABELS.feasible.toLowerCase(),
  at_risk: CONFIDENCE_LABELS.at_risk.toLowerCase(),
  unachievable: CONFIDENCE_LABELS.unachievable.toLowerCase(),
  stale: "stale",
  not_yet_reported: "not yet reported",
  no_rating: "no rating",
};

const isFinished = isFinishedStage;

/** Where an item counts in the confidence mix: stale and unreported ratings are not taken as current. */
export function confidenceCategory(item: Pick<RollUpItem, "systemState" | "confidence">): ConfidenceCategory {
  if (item.systemState === "not_yet_reported") return "not_yet_reported";
  if (item.systemState === "stale") return "stale";
  return item.confidence ?? "no_rating";
}

/** Open items with nothing to rank them by (current, no rating) cannot be the worst. */
function severityCategory(item: RollUpItem): SeverityCategory | null {
  if (isFinished(item.stage)) return null;
  const category = confidenceCategory(item);
  return category === "no_rating" ? null : category;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function explain(r: Omit<RollUp, "explanation">): string[] {
  if (r.total === 0) return ["There are no actions to count."];
  const lines = [
    r.total === 1
      ? "1 action, counted once under its primary workstream."
      : `${r.total} actions, each counted once under its primary workstream.`,
  ];
  const nyr = r.byConfidence.not_yet_reported;
  if (nyr > 0) {
    lines.push(
      nyr === 1
        ? "1 action has not yet reported; it is shown separately, not as 0 %."
        : `${nyr} actions have not yet reported; they are shown separately, not as 0 %.`,
    );
  }
  if (r.stale > 0) {
    lines.push(
      `${plural(r.stale, "action is", "actions are")} stale: no published update for the latest closed reporting period.`,
    );
  }
  const noRating = r.byConfidence.no_rating;
  if (noRating > 0) {
    lines.push(`${plural(noRating, "action has", "actions have")} no confidence rating.`);
  }
  const { basedOn, excluded } = r.progress;
  if (basedOn === 0) {
    lines.push("No progress figure is shown: no action has both milestones and a report yet.");
  } else {
    const left =
      excluded === 0 ? "" : `; ${excluded} without milestones or reports ${excluded === 1 ? "is" : "are"} left out`;
    lines.push(`Progress is the average of ${plural(basedOn, "action's", "actions'")} milestone completion${left}.`);
  }
  return lines;
}

export function rollUp(items: RollUpItem[]): RollUp {
  const byStage = Object.fromEntries([...STAGES, "not_yet_reported"].map((k) => [k, 0])) as Record<
    StageCategory,
    number
  >;
  const byConfidence = Object.fromEntries(MIX_ORDER.map((k) => [k, 0])) as Record<ConfidenceCategory, number>;
  let stale = 0;
  let worst: RollUpItem | null = null;
  let worstRank = Infinity;
  let sum = 0;
  let basedOn = 0;

  for (const item of items) {
    byStage[item.stage ?? "not_yet_reported"] += 1;
    byConfidence[confidenceCategory(item)] += 1;
    if (item.systemState === "stale") stale += 1;

    const severity = severityCategory(item);
    if (severity !== null) {
      const rank = SEVERITY_ORDER.indexOf(severity);
      if (rank < worstRank || (rank === worstRank && worst && compareActionCodes(item.code, worst.code) < 0)) {
        worst = item;
        worstRank = rank;
      }
    }

    if (
      item.systemState !== "not_yet_reported" &&
      item.progressPercent !== null &&
      Number.isFinite(item.progressPercent)
    ) {
      sum += item.progressPercent;
      basedOn += 1;
    }
  }

  const result = {
    total: items.length,
    byStage,
    byConfidence,
    stale,
    worst,
    progress: {
      meanPercent: basedOn === 0 ? null : Math.round(sum / basedOn),
      basedOn,
      excluded: items.length - basedOn,
    },
  };
  return { ...result, explanation: explain(result) };
}

/** e.g. "6 on track · 2 at risk · 1 not yet reported"; "no actions" when empty. */
export function formatMix(byConfidence: Record<ConfidenceCategory, number>): string {
  const parts = MIX_ORDER.filter((k) => byConfidence[k] > 0).map((k) => `${byConfidence[k]} ${MIX_LABELS[k]}`);
  return parts.length === 0 ? "no actions" : parts.join(" · ");
}
