import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { changesSincePreviousPeriod, type StatusChange } from "./changes-since";
import type { PublicPlan, StatusAt } from "./types";

/**
 * How much a published status should worry a reader, higher is worse: a rating that puts delivery
 * in doubt above a stopped action, above open work that looks likely, above finished work.
 */
export function concernOf(status: NonNullable<StatusAt>): number {
  if (status.stage === "complete" || status.stage === "completed_modified") return 0;
  if (status.stage === "not_proceeding") return 4;
  switch (status.confidence) {
    case "unachievable":
      return 6;
    case "at_risk":
      return 5;
    case "feasible":
      return 3;
    case "probable":
    case null:
      return 2;
    case "on_track":
      return 1;
  }
}

/** How much worse an action stands than at the previous period; a first report counts as no change. */
export function worseningOf(change: StatusChange): number {
  return change.from ? concernOf(change.to) - concernOf(change.from) : 0;
}

/**
 * The worst status changes first: the actions that got worse, the biggest fall first; then every
 * other change (first reports, moves that kept their level, improvements) by how worrying the
 * status is now; then by code.
 */
export function worstChangesFirst(changes: readonly StatusChange[]): StatusChange[] {
  const fall = (c: StatusChange) => Math.max(0, worseningOf(c));
  return [...changes].sort(
    (a, b) => fall(b) - fall(a) || concernOf(b.to) - concernOf(a.to) || compareActionCodes(a.code, b.code),
  );
}

/** The home page's list and its full list (/status-changes): every change since the previous period, worst first. */
export const statusChangesWorstFirst = (plan: PublicPlan): StatusChange[] =>
  worstChangesFirst(changesSincePreviousPeriod(plan));
