import "server-only";
import { categoryLabel, CONFIDENCE_CATEGORIES } from "@/lib/dashboard/categories";
import type { CsvValue } from "@/lib/public/csv";
import { confidenceTrend } from "./confidence-trend";
import { dependencyRisks } from "./dependency-risk";
import { indicatorStatuses } from "./indicators";
import { flaggedMilestones } from "./milestones";
import type { DashboardScope } from "./scope";

type CsvTable = { header: string[]; rows: CsvValue[][] };

/** The CSV tables of the milestone, dependency, trend and indicator widgets. */
export const widgetCsv: Record<string, (scope: DashboardScope) => Promise<CsvTable>> = {
  milestones: async (scope) => ({
    header: [
      "period",
      "action",
      "action_title",
      "workstream",
      "milestone",
      "baseline_due",
      "forecast_due",
      "days_overdue",
      "days_slipped",
      "explanation",
      "recovery_step",
    ],
    rows: (await flaggedMilestones(scope)).map((m) => [
      scope.period.label,
      m.code,
      m.actionTitle,
      m.workstream,
      m.milestone,
      m.baselineDue,
      m.forecastDue,
      m.overdueDays,
      m.slipDays,
      m.explanation,
      m.recoveryStep,
    ]),
  }),
  "dependency-risk": async (scope) => ({
    header: [
      "period",
      "predecessor",
      "predecessor_title",
      "foundational",
      "predecessor_due",
      "successor",
      "successor_title",
      "successor_starts_on",
    ],
    rows: (await dependencyRisks(scope)).flatMap((p) =>
      p.successors.map((s) => [
        scope.period.label,
        p.code,
        p.title,
        p.foundational ? "yes" : "no",
        p.due,
        s.code,
        s.title,
        s.startsOn,
      ]),
    ),
  }),
  "confidence-trend": async (scope) => ({
    header: ["period", "source", ...CONFIDENCE_CATEGORIES.map((k) => categoryLabel(k)), "actions"],
    rows: (await confidenceTrend(scope)).map((r) => [
      r.period.label,
      r.live ? "live" : "snapshot",
      ...CONFIDENCE_CATEGORIES.map((k) => r.byConfidence[k]),
      r.total,
    ]),
  }),
  indicators: async (scope) => ({
    header: [
      "period",
      "indicator",
      "title",
      "unit",
      "direction",
      "baseline",
      "baseline_date",
      "target",
      "target_date",
      "latest_period",
      "latest",
      "expected_on_trajectory",
      "on_track",
    ],
    rows: (await indicatorStatuses(scope)).map((i) => [
      scope.period.label,
      i.code,
      i.title,
      i.unit,
      i.direction,
      i.baseline.value,
      i.baseline.date,
      i.target.value,
      i.target.date,
      i.latest?.period ?? null,
      i.latest?.value ?? null,
      i.verdict?.expected ?? null,
      i.verdict ? (i.verdict.onTrack ? "yes" : "no") : null,
    ]),
  }),
};
