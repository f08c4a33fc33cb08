import type { ActionSnapshot, IndicatorSnapshot } from "@/lib/periods/snapshot";
import type { ReportPeriod } from "@/lib/reports/types";

export const PERIOD: ReportPeriod = {
  label: "2026 Q3",
  slug: "2026-q3",
  startsOn: "2026-07-01",
  endsOn: "2026-09-30",
  closedAt: "2026-10-28T04:00:00.000Z",
  planVersion: "1.1",
};

export function action(code: string, over: Partial<ActionSnapshot> = {}): ActionSnapshot {
  const ws = Number(code.split(".")[0]);
  return {
    v: 1,
    code,
    title: `Action ${code}`,
    titleMi: null,
    workstream: { number: ws, title: `Workstream ${ws}` },
    leadAgency: { id: 1, acronym: "TEC", name: "Tertiary Education Commission" },
    foundational: false,
    predecessors: [],
    baselineStart: "2024-01-01",
    baselineDue: "2026-12-31",
    forecastDue: null,
    systemState: "current",
    stage: "underway",
    confidence: "on_track",
    progress: { done: 1, total: 2, percent: 50 },
    milestones: [],
    update: {
      id: 1,
      periodLabel: "2026 Q3",
      publishedAt: "2026-10-10T00:00:00.000Z",
      publicNarrative: `Narrative for ${code}`,
      explanation: null,
      recoveryStep: null,
      notProceedingReason: null,
      risks: "",
      nextSteps: "",
    },
    reporting: { state: "published", submittedLate: false },
    ...over,
  };
}

export function indicator(code: string, over: Partial<IndicatorSnapshot> = {}): IndicatorSnapshot {
  return {
    v: 1,
    code,
    title: `Indicator ${code}`,
    titleMi: null,
    unit: "%",
    direction: "increase",
    baseline: { value: 40, date: "2023-06-30" },
    target: { value: 60, date: "2027-06-30" },
    dataSource: "Survey",
    ownerAgency: "TEC",
    readings: [{ breakdownKind: "total", breakdownValue: "", value: 50 }],
    previous: { periodLabel: "2026 Q2", value: 45 },
    ...over,
  };
}
