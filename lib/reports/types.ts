/**
 * The quarterly report as the pages and downloads read it. Built only from a closed period's
 * snapshot (and the previous closed period's, for "what changed"), never from live data.
 */

import type { Compliance, ComplianceState, ExpectedComplianceState } from "@/lib/periods/compliance";
import type { MilestoneProgress } from "@/lib/progress/milestone-progress";
import type { Confidence, IndicatorDirection, Stage, SystemState } from "@/lib/status/vocabulary";

export type ReportVersion = "staff" | "public";

export type ReportPeriod = {
  label: string;
  slug: string;
  startsOn: string;
  endsOn: string;
  /** When the period closed and its snapshot was frozen (ISO instant). */
  closedAt: string;
  /** The plan version the snapshot was taken under ("1.1"); null before any was approved. */
  planVersion: string | null;
};

export type ReportAction = {
  code: string;
  title: string;
  workstream: { number: number; title: string };
  leadAgency: { acronym: string; name: string };
  foundational: boolean;
  stage: Stage | null;
  confidence: Confidence | null;
  systemState: SystemState;
  progress: MilestoneProgress | null;
  baselineDue: string;
  forecastDue: string | null;
  /** Forecast later than baseline, for the action or for one of its milestones. */
  slipped: boolean;
  /** Titles of milestones whose forecast is later than their baseline. */
  slippedMilestones: string[];
  /** The latest published update's public fields at close; null when nothing was published. */
  update: {
    publishedAt: string;
    periodLabel: string | null;
    narrative: string;
    explanation: string | null;
    recoveryStep: string | null;
    notProceedingReason: string | null;
    risks: string;
    nextSteps: string;
  } | null;
  /** How the action's reporting for the period stood at close. Internal: null in the public version. */
  reporting: Compliance | null;
};

export type StageKey = Stage | "not_yet_reported";
export type ConfidenceKey = Confidence | "no_rating" | "not_yet_reported";

export type ReportOverview = {
  actions: number;
  byStage: Record<StageKey, number>;
  byConfidence: Record<ConfidenceKey, number>;
  bySystemState: Record<SystemState, number>;
  /** Internal: null in the public version. */
  reporting: {
    byState: Record<ExpectedComplianceState, number>;
    /** Finished actions with nothing for the period: no update was expected of them. */
    notExpected: number;
    submittedLate: number;
  } | null;
};

export type ReportWorkstream = { number: number; title: string; actions: ReportAction[] };

export type ActionRef = { code: string; title: string };

export type ReportExceptions = {
  atRisk: ActionRef[];
  unachievable: ActionRef[];
  slipped: (ActionRef & { baselineDue: string; forecastDue: string | null; milestones: string[] })[];
  stale: ActionRef[];
  /** Internal: null in the public version. */
  lateReporting: (ActionRef & { leadAgency: string; state: ComplianceState; submittedLate: boolean })[] | null;
};

export type IndicatorTrend = "better" | "worse" | "same";

export type ReportIndicator = {
  code: string;
  title: string;
  unit: string;
  direction: IndicatorDirection;
  ownerAgency: string;
  dataSource: string;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  /** The period's total reading; null when none was recorded. */
  value: number | null;
  previous: { periodLabel: string; value: number } | null;
  changeSincePrevious: number | null;
  /** Whether the change since the previous reading moves toward the target. */
  trend: IndicatorTrend | null;
  targetMet: boolean | null;
};

export type StatusChange<T> = ActionRef & { from: T | null; to: T | null };

export type ReportChanges = {
  previousPeriod: string;
  stage: StatusChange<Stage>[];
  confidence: StatusChange<Confidence>[];
  newlyComplete: ActionRef[];
  newSlips: ActionRef[];
  newlyStale: ActionRef[];
  newActions: ActionRef[];
};

export type QuarterlyReport = {
  version: ReportVersion;
  period: ReportPeriod;
  overview: ReportOverview;
  workstreams: ReportWorkstream[];
  exceptions: ReportExceptions;
  indicators: ReportIndicator[];
  /** Null when there is no earlier closed period to compare with. */
  changes: ReportChanges | null;
};
