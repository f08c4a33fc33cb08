import { addDays, daysBetween } from "../../lib/periods/calendar-date";
import type { Confidence, Stage, UpdateState } from "../../lib/status/vocabulary";
import type * as t from "../schema";
import type { Prng } from "./prng";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type FillPeriod = { id: number; opensAt: Date; graceUntil: Date; closesAt: Date; closed: boolean };

export type FillAction = {
  id: number;
  code: string;
  leadAgencyId: number;
  baselineStart: string;
  baselineDue: string;
  milestones: number;
  criteria: number;
};

export type SyntheticUpdate = {
  row: typeof t.progressUpdates.$inferInsert;
  /** Milestone positions this (published) update records as completed. */
  completesMilestones: number[];
  /** Whether it assesses every completion criterion as met (the update that completes the action). */
  meetsCriteria: boolean;
};

type Trajectory = { startsAt: number; endsAt: number; end: Stage | null };

const OPEN_PERIOD_STATES: [UpdateState, number][] = [
  ["published", 45],
  ["draft", 20],
  ["submitted", 15],
  ["agency_approved", 8],
  ["changes_requested", 12],
];

const CONFIDENCE_MIX: [Confidence, number][] = [
  ["on_track", 45],
  ["probable", 25],
  ["feasible", 15],
  ["at_risk", 10],
  ["unachievable", 5],
];

const WORK = [
  "Co-design workshops with iwi and Pacific community partners",
  "Procurement of the careers information platform",
  "Regional employer engagement sessions",
  "Review of the careers education benchmarks",
  "Pilot with twelve secondary schools",
  "Data-sharing agreement between the agencies",
  "Training for careers advisers in kura and schools",
  "Evaluation of the first intake",
];
const PROGRESS = [
  "progressed as planned this quarter.",
  "took longer than expected because of consultation timing.",
  "reached its agreed checkpoint; the next phase is being scoped.",
  "was re-sequenced to follow the dependent action's delivery.",
  "is waiting on a funding decision from the joint ministers.",
];

function trajectory(rng: Prng): Trajectory {
  const kind = rng.weighted<Stage | "ongoing" | "late">([
    ["ongoing", 55],
    ["complete", 30],
    ["completed_modified", 5],
    ["not_proceeding", 3],
    ["late", 7],
  ]);
  if (kind === "late") return { startsAt: 0.6 + rng.next() * 0.3, endsAt: 2, end: null };
  const startsAt = 0.02 + rng.next() * 0.23;
  if (kind === "ongoing") return { startsAt, endsAt: 2, end: null };
  return { startsAt, endsAt: 0.6 + rng.next() * 0.45, end: kind as Stage };
}

/**
 * Which period each of an action's updates belongs to: spread evenly, oldest first, the first in the
 * first period and the last in the last (the open one), also when there are fewer updates than periods.
 */
export function periodIndexOf(update: number, updates: number, periods: number): number {
  if (updates >= periods) return Math.floor((update * periods) / updates);
  if (updates === 1) return periods - 1;
  return Math.floor((update * (periods - 1)) / (updates - 1));
}

/**
 * One action's synthetic history: `count` updates spread over the periods, moving from not started
 * through underway to (sometimes) a final stage. In a closed period every update is published but for
 * an occasional withdrawn one, and the period's last update is always published; in an open period
 * the last update of each action may still be a draft, submitted, approved or returned.
 */
export function syntheticUpdates(
  action: FillAction,
  periods: FillPeriod[],
  count: number,
  now: Date,
  rng: Prng,
): SyntheticUpdate[] {
  const path = trajectory(rng);
  const byPeriod = new Map<number, number[]>();
  for (let j = 0; j < count; j++) {
    const p = periodIndexOf(j, count, periods.length);
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), j]);
  }
  const out: SyntheticUpdate[] = [];
  const completed = new Set<number>();
  let criteriaMet = false;
  const planDays = Math.max(1, daysBetween(action.baselineStart, action.baselineDue));
  for (const [p, indexes] of [...byPeriod.entries()].sort((a, b) => a[0] - b[0])) {
    const period = periods[p]!;
    const end = Math.min(period.graceUntil.getTime(), now.getTime() - HOUR);
    const start = Math.min(period.opensAt.getTime() + DAY, end);
    indexes.forEach((j, k) => {
      const last = k === indexes.length - 1;
      const state: UpdateState = period.closed
        ? !last && rng.chance(0.03)
          ? "withdrawn"
          : "published"
        : last
          ? rng.weighted(OPEN_PERIOD_STATES)
          : "published";
      const jitter = (rng.next() - 0.5) * 12 * HOUR;
      const at = new Date(
        Math.min(end, Math.max(start, start + ((end - start) * (k + 0.5)) / indexes.length + jitter)),
      );
      const f = (j + 1) / count;
      const stage: Stage = f < path.startsAt ? "not_started" : path.end && f >= path.endsAt ? path.end : "underway";
      const confidence: Confidence | null = stage === "underway" ? rng.weighted(CONFIDENCE_MIX) : null;
      const worried = confidence === "at_risk" || confidence === "unachievable";
      const published = state === "published";
      const milestones: number[] = [];
      if (published && stage !== "not_started" && stage !== "not_proceeding") {
        for (let m = 1; m <= action.milestones; m++) {
          const due = m / (action.milestones + 1);
          if (!completed.has(m) && (f >= due || stage !== "underway")) milestones.push(m);
        }
        milestones.forEach((m) => completed.add(m));
      }
      const finishing = published && !criteriaMet && (stage === "complete" || stage === "completed_modified");
      if (finishing) criteriaMet = true;
      const work = rng.pick(WORK);
      out.push({
        completesMilestones: milestones,
        meetsCriteria: finishing,
        row: {
          actionId: action.id,
          periodId: period.id,
          agencyId: action.leadAgencyId,
          state,
          stage,
          confidence,
          publicNarrative: `${work} ${rng.pick(PROGRESS)} Update ${j + 1} of ${count} for action ${action.code}.`,
          internalNotes: rng.chance(0.2) ? "Checked with the workstream lead before submitting." : "",
          risks: worried ? "Delivery depends on decisions outside the lead agency's control." : "",
          nextSteps: `Next quarter: ${rng.pick(WORK).toLowerCase()}.`,
          explanation:
            worried || stage === "completed_modified"
              ? "Scope and timing changed after consultation with partner agencies."
              : null,
          recoveryStep: worried ? "Escalated to the governance group with a revised delivery plan." : null,
          notProceedingReason:
            stage === "not_proceeding" ? "Stopped by the governance group: superseded by another action." : null,
          forecastDue:
            stage === "underway" && rng.chance(0.1) ? addDays(action.baselineDue, rng.int(0, planDays / 4)) : null,
          version: rng.int(1, 3),
          submittedAt: state === "draft" ? null : new Date(at.getTime() - 3 * DAY),
          approvedAt: published || state === "agency_approved" ? new Date(at.getTime() - DAY) : null,
          returnedAt: state === "changes_requested" ? at : null,
          returnReason: state === "changes_requested" ? "Please add evidence for the milestone you report." : null,
          publishedAt: published ? at : null,
          createdAt: new Date(at.getTime() - 5 * DAY),
          updatedAt: at,
        },
      });
    });
  }
  return out;
}
