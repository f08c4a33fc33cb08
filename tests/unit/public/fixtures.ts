import type { PublicAction } from "@/lib/public/types";

/** A public action with sensible defaults, for the pure helpers' tests. */
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
    baselineStart: "2024-01-01",
    baselineDue: "2024-12-31",
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
      stage: null,
      confidence: null,
      systemState: "not_yet_reported",
      period: null,
      publishedAt: null,
      explanation: null,
      recoveryStep: null,
      notProceedingReason: null,
    },
    updates: [],
    ...overrides,
  };
}
