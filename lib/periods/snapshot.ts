/**
 * What a closed period freezes, per action and per indicator. The payloads are written once, when
 * the period closes, and read back by the quarterly report and the dashboard's trend: later edits
 * to the plan or to updates never reach them.
 */

import type { PublicContent } from "@/lib/workflow/update-content";
import { milestoneProgress, type MilestoneProgress } from "@/lib/progress/milestone-progress";
import { FINISHED_STAGES, type Confidence, type Stage, type SystemState } from "@/lib/status/vocabulary";
import { complianceOf, type Compliance, type PeriodDeadlines, type PeriodUpdateRef } from "./compliance";

export const SNAPSHOT_VERSION = 1;

export type SnapshotMilestone = {
  title: string;
  baselineDue: string;
  forecastDue: string | null;
  completedOn: string | null;
};

/** The published position of one action when the period closed; published fields only. */
export type ActionSnapshot = {
  v: typeof SNAPSHOT_VERSION;
  code: string;
  title: string;
  titleMi: string | null;
  workstream: { number: number; title: string };
  leadAgency: { id: number; acronym: string; name: string };
  foundational: boolean;
  predecessors: string[];
  baselineStart: string;
  baselineDue: string;
  /** Null when no published update or plan change gave a forecast: the baseline stands. */
  forecastDue: string | null;
  systemState: SystemState;
  stage: Stage | null;
  confidence: Confidence | null;
  progress: MilestoneProgress | null;
  milestones: SnapshotMilestone[];
  /** The latest published update at close (its public fields), if any. */
  update:
    | ({ id: number; periodLabel: string | null; publishedAt: string } & Pick<
        PublicContent,
        "publicNarrative" | "explanation" | "recoveryStep" | "notProceedingReason" | "risks" | "nextSteps"
      >)
    | null;
  /** How the action's reporting for this period stood at close. */
  reporting: Compliance;
};

export type IndicatorSnapshot = {
  v: typeof SNAPSHOT_VERSION;
  code: string;
  title: string;
  titleMi: string | null;
  unit: string;
  direction: string;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  dataSource: string;
  ownerAgency: string;
  readings: { breakdownKind: string; breakdownValue: string; value: number }[];
  /** The latest total reading of an earlier period, for "what changed". */
  previous: { periodLabel: string; value: number } | null;
};

export type SnapshotPeriod = PeriodDeadlines & { id: number; label: string; startsOn: string; endsOn: string };

export type ActionSnapshotInput = {
  action: Omit<
    ActionSnapshot,
    "v" | "systemState" | "stage" | "confidence" | "progress" | "milestones" | "update" | "reporting" | "forecastDue"
  >;
  /** The latest published update at or before the close. */
  latest: (NonNullable<ActionSnapshot["update"]> & { stage: Stage; confidence: Confidence | null }) | null;
  /** Whether a published update at or before the close reports on this period or a later one. */
  coversPeriod: boolean;
  forecastDue: string | null;
  milestones: (SnapshotMilestone & { weight: number })[];
  periodUpdates: PeriodUpdateRef[];
};

export function assembleActionSnapshot(input: ActionSnapshotInput, period: SnapshotPeriod, at: Date): ActionSnapshot {
  const { latest } = input;
  // The rule of lib/status/derive-system-state.ts, with the closing period as the latest closed one
  // (whether an update covers it is decided in the query, by the period it reports on).
  const systemState: SystemState = !latest
    ? "not_yet_reported"
    : FINISHED_STAGES.includes(latest.stage) || input.coversPeriod
      ? "current"
      : "stale";
  const { stage, confidence, ...update } = latest ?? { stage: null, confidence: null };
  return {
    v: SNAPSHOT_VERSION,
    ...input.action,
    forecastDue: input.forecastDue,
    systemState,
    stage,
    confidence,
    progress: milestoneProgress(input.milestones),
    milestones: input.milestones.map(({ weight: _w, ...m }) => m),
    update: latest ? (update as NonNullable<ActionSnapshot["update"]>) : null,
    reporting: complianceOf(input.periodUpdates, period, at, {
      finished: latest !== null && FINISHED_STAGES.includes(latest.stage),
    }),
  };
}
