/**
 * Assembles the quarterly report from one closed period's snapshot rows and the previous closed
 * period's. Pure: the data access layer reads the rows, this decides what the report says.
 */

import { EXPECTED_COMPLIANCE_STATES, type ExpectedComplianceState } from "@/lib/periods/compliance";
import type { ActionSnapshot, IndicatorSnapshot } from "@/lib/periods/snapshot";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { CONFIDENCES, STAGES, SYSTEM_STATES, type SystemState } from "@/lib/status/vocabulary";
import { isComplete, isLateReporting, isReportingExpected, isSlipped, slippedMilestones } from "./action-rules";
import { reportIndicator } from "./indicator-change";
import type {
  ActionRef,
  ConfidenceKey,
  QuarterlyReport,
  ReportAction,
  ReportChanges,
  ReportExceptions,
  ReportOverview,
  ReportPeriod,
  ReportWorkstream,
  StageKey,
} from "./types";

export type ReportInput = {
  period: ReportPeriod;
  actions: ActionSnapshot[];
  indicators: IndicatorSnapshot[];
  /** The previous closed period's snapshot, if there is one. */
  previous: { label: string; actions: ActionSnapshot[] } | null;
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const ref = (s: { code: string; title: string }): ActionRef => ({ code: s.code, title: s.title });

export function reportAction(s: ActionSnapshot): ReportAction {
  return {
    code: s.code,
    title: s.title,
    workstream: s.workstream,
    leadAgency: { acronym: s.leadAgency.acronym, name: s.leadAgency.name },
    foundational: s.foundational,
    stage: s.stage,
    confidence: s.confidence,
    systemState: s.systemState,
    progress: s.progress,
    baselineDue: s.baselineDue,
    forecastDue: s.forecastDue,
    slipped: isSlipped(s),
    slippedMilestones: slippedMilestones(s),
    update: s.update
      ? {
          publishedAt: s.update.publishedAt,
          periodLabel: s.update.periodLabel,
          narrative: s.update.publicNarrative,
          explanation: s.update.explanation,
          recoveryStep: s.update.recoveryStep,
          notProceedingReason: s.update.notProceedingReason,
          risks: s.update.risks,
          nextSteps: s.update.nextSteps,
        }
      : null,
    reporting: s.reporting,
  };
}

const stageKey = (s: ActionSnapshot): StageKey => (s.stage === null ? "not_yet_reported" : s.stage);
const confidenceKey = (s: ActionSnapshot): ConfidenceKey =>
  s.stage === null ? "not_yet_reported" : (s.confidence ?? "no_rating");

export function overviewOf(actions: ActionSnapshot[]): ReportOverview {
  const byStage = zeros<StageKey>([...STAGES, "not_yet_reported"]);
  const byConfidence = zeros<ConfidenceKey>([...CONFIDENCES, "no_rating", "not_yet_reported"]);
  const bySystemState = zeros<SystemState>(SYSTEM_STATES);
  const byState = zeros<ExpectedComplianceState>(EXPECTED_COMPLIANCE_STATES);
  let submittedLate = 0;
  let notExpected = 0;
  for (const s of actions) {
    byStage[stageKey(s)] += 1;
    byConfidence[confidenceKey(s)] += 1;
    bySystemState[s.systemState] += 1;
    if (isReportingExpected(s)) byState[s.reporting.state as ExpectedComplianceState] += 1;
    else notExpected += 1;
    if (s.reporting.submittedLate) submittedLate += 1;
  }
  return {
    actions: actions.length,
    byStage,
    byConfidence,
    bySystemState,
    reporting: { byState, notExpected, submittedLate },
  };
}

export function workstreamsOf(actions: ActionSnapshot[]): ReportWorkstream[] {
  const byNumber = new Map<number, ReportWorkstream>();
  for (const s of actions) {
    const ws = byNumber.get(s.workstream.number) ?? { ...s.workstream, actions: [] };
    ws.actions.push(reportAction(s));
    byNumber.set(s.workstream.number, ws);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

export function exceptionsOf(actions: ActionSnapshot[]): ReportExceptions {
  return {
    atRisk: actions.filter((s) => s.confidence === "at_risk").map(ref),
    unachievable: actions.filter((s) => s.confidence === "unachievable").map(ref),
    slipped: actions.filter(isSlipped).map((s) => ({
      ...ref(s),
      baselineDue: s.baselineDue,
      forecastDue: s.forecastDue,
      milestones: slippedMilestones(s),
    })),
    stale: actions.filter((s) => s.systemState === "stale").map(ref),
    lateReporting: actions.filter(isLateReporting).map((s) => ({
      ...ref(s),
      leadAgency: s.leadAgency.acronym,
      state: s.reporting.state,
      submittedLate: s.reporting.submittedLate,
    })),
  };
}

/** What moved between the previous closed period and this one, action by action (matched by code). */
export function changesSince(previousLabel: string, before: ActionSnapshot[], now: ActionSnapshot[]): ReportChanges {
  const prior = new Map(before.map((s) => [s.code, s]));
  const changes: ReportChanges = {
    previousPeriod: previousLabel,
    stage: [],
    confidence: [],
    newlyComplete: [],
    newSlips: [],
    newlyStale: [],
    newActions: [],
  };
  for (const s of now) {
    const p = prior.get(s.code);
    if (!p) {
      changes.newActions.push(ref(s));
      continue;
    }
    if (p.stage !== s.stage) changes.stage.push({ ...ref(s), from: p.stage, to: s.stage });
    if (p.confidence !== s.confidence) changes.confidence.push({ ...ref(s), from: p.confidence, to: s.confidence });
    if (isComplete(s) && !isComplete(p)) changes.newlyComplete.push(ref(s));
    if (isSlipped(s) && !isSlipped(p)) changes.newSlips.push(ref(s));
    if (s.systemState === "stale" && p.systemState !== "stale") changes.newlyStale.push(ref(s));
  }
  return changes;
}

/** The full (staff) report. `publicReport` strips what the public may not see. */
export function buildQuarterlyReport(input: ReportInput): QuarterlyReport {
  const actions = [...input.actions].sort((a, b) => compareActionCodes(a.code, b.code));
  return {
    version: "staff",
    period: input.period,
    overview: overviewOf(actions),
    workstreams: workstreamsOf(actions),
    exceptions: exceptionsOf(actions),
    indicators: [...input.indicators]
      .sort((a, b) => a.code.localeCompare(b.code, "en-NZ", { numeric: true }))
      .map(reportIndicator),
    changes: input.previous ? changesSince(input.previous.label, input.previous.actions, actions) : null,
  };
}
