/**
 * Where one action's reporting stands for one period: the compliance board's cell. Derived from
 * the action's updates for that period and the period's deadlines, never typed.
 */

import { isVisibleAt } from "@/db/visibility";
import type { UpdateState } from "@/lib/status/vocabulary";

export const COMPLIANCE_STATES = [
  "due",
  "draft",
  "submitted",
  "approved",
  "published",
  "late",
  "not_expected",
] as const;
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];

/** The states of an action still expected to report. */
export type ExpectedComplianceState = Exclude<ComplianceState, "not_expected">;
export const EXPECTED_COMPLIANCE_STATES = COMPLIANCE_STATES.filter(
  (s): s is ExpectedComplianceState => s !== "not_expected",
);

export const COMPLIANCE_LABELS: Record<ComplianceState, string> = {
  due: "Due",
  draft: "Draft",
  submitted: "Submitted",
  approved: "Agency approved",
  published: "Published",
  late: "Late",
  not_expected: "Not expected (finished)",
};

export type PeriodUpdateRef = { state: UpdateState; submittedAt: Date | null; publishedAt: Date | null };
export type PeriodDeadlines = { dueAt: Date; graceUntil: Date };
export type Compliance = { state: ComplianceState; submittedLate: boolean };

/** Further along the workflow ranks higher; withdrawn updates do not count at all. */
function rank(u: PeriodUpdateRef, at: Date): number {
  if (u.state === "published") return isVisibleAt(u, at) ? 4 : 3; // scheduled = approved
  if (u.state === "agency_approved") return 3;
  if (u.state === "submitted") return 2;
  if (u.state === "draft" || u.state === "changes_requested") return 1;
  return 0;
}

const BY_RANK: ComplianceState[] = ["due", "draft", "submitted", "approved", "published"];

/**
 * The most advanced of the action's updates for the period decides the state. Nothing submitted by
 * the end of the grace period is "late"; an update first submitted after it is flagged
 * `submittedLate`, whatever it went on to become. An action already finished (its latest published
 * stage is complete, completed – modified or not proceeding) is no longer expected to report: with
 * nothing for the period it is "not expected", never due or late.
 */
export function complianceOf(
  updates: PeriodUpdateRef[],
  period: PeriodDeadlines,
  at: Date,
  { finished = false }: { finished?: boolean } = {},
): Compliance {
  let best = 0;
  let firstSubmitted: Date | null = null;
  for (const u of updates) {
    const r = rank(u, at);
    if (r > best) best = r;
    if (r >= 2 && u.submittedAt && (!firstSubmitted || u.submittedAt < firstSubmitted)) firstSubmitted = u.submittedAt;
  }
  const pastGrace = at >= period.graceUntil;
  const state: ComplianceState =
    best === 0 && finished ? "not_expected" : best <= 1 && pastGrace && !finished ? "late" : BY_RANK[best]!;
  return { state, submittedLate: firstSubmitted !== null && firstSubmitted > period.graceUntil };
}
