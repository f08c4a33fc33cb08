import type { PublicAction, PublicPlan, PublicUpdate } from "@/lib/public/types";

/** A public action with sensible defaults; override what a test is about. */
export function publicAction(overrides: Partial<PublicAction> & { code: string }): PublicAction {
  return {
    title: `Action ${overrides.code}`,
    titleMi: null,
    description: "",
    workstream: Number(overrides.code.split(".")[0]),
    recommendations: [],
    leadAgency: "tec",
    contributingAgencies: [],
    foundational: false,
    planState: "active",
    supersededBy: [],
    baselineStart: "2024-01-01",
    baselineDue: "2024-06-30",
    forecastDue: null,
    slipDays: 0,
    provenance: "illustrative",
    sourceUrl: null,
    predecessors: [],
    successors: [],
    milestones: [],
    criteria: [],
    progress: null,
    status: {
      stage: "underway",
      confidence: "on_track",
      systemState: "current",
      period: null,
      publishedAt: null,
      explanation: null,
      recoveryStep: null,
      notProceedingReason: null,
    },
    latestUpdate: null,
    finishedOn: null,
    closedStatus: { latest: null, previous: null },
    ...overrides,
  };
}

export function publicUpdate(overrides: Partial<PublicUpdate> & { actionCode: string; period: string }): PublicUpdate {
  return {
    id: 0,
    publishedAt: "2024-01-01T00:00:00.000Z",
    agency: "tec",
    stage: "underway",
    confidence: "on_track",
    narrative: "",
    risks: "",
    nextSteps: "",
    explanation: null,
    recoveryStep: null,
    notProceedingReason: null,
    forecastDue: null,
    evidence: [],
    milestonesCompleted: [],
    ...overrides,
  };
}

const quarters = ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"];

export function publicPlan(actions: PublicAction[], closed: number): PublicPlan {
  return {
    plan: {
      title: "Plan",
      titleMi: null,
      strategyTitle: "Strategy",
      strategyTitleMi: null,
      startsOn: "2024-01-01",
      endsOn: "2025-12-31",
      approvedOn: null,
      approvedBy: null,
      version: "1.0",
      provenance: "illustrative",
      sourceUrl: null,
      asAt: "2025-01-01T00:00:00.000Z",
    },
    versions: [],
    agencies: [],
    focusAreas: [],
    recommendations: [],
    workstreams: [],
    actions,
    periods: quarters.map((label, i) => ({
      label,
      startsOn: `2024-0${i * 3 + 1}-01`.replace("-010-", "-10-"),
      endsOn: "2024-12-31",
      dueAt: "2025-01-01T00:00:00.000Z",
      closesAt: "2025-01-01T00:00:00.000Z",
      closed: i < closed,
    })),
    latestClosedPeriod: closed > 0 ? quarters[closed - 1]! : null,
    previousClosedPeriod: closed > 1 ? quarters[closed - 2]! : null,
  };
}
