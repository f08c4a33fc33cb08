/** The rows of the CSV downloads: the same data as the JSON endpoints, flattened one level. */
import type { PublicIndicators } from "@/lib/dal/public-indicators";
import { csvLines, toCsv, type CsvValue } from "@/lib/public/csv";
import type { PublicAction, PublicUpdate } from "@/lib/public/types";
import { toActionSummary } from "./action-dto";

/** Lists inside a cell are joined with "; " so each cell stays one value for spreadsheets. */
const list = (xs: readonly (string | number)[]) => xs.join("; ");

export function actionsCsv(actions: readonly PublicAction[]): string {
  return toCsv(
    [
      "code",
      "title",
      "title_mi",
      "workstream",
      "lead_agency",
      "contributing_agencies",
      "foundational",
      "stage",
      "confidence",
      "system_state",
      "progress_percent",
      "baseline_due",
      "forecast_due",
      "overdue_days",
      "provenance",
    ],
    actions
      .map((a) => toActionSummary(a))
      .map((a) => [
        a.code,
        a.title,
        a.titleMi,
        a.workstream,
        a.leadAgency,
        list(a.contributingAgencies),
        a.foundational,
        a.stage,
        a.confidence,
        a.systemState,
        a.progress,
        a.baselineDue,
        a.forecastDue,
        a.overdueDays,
        a.provenance,
      ]),
  );
}

const UPDATE_COLUMNS = [
  "id",
  "action_code",
  "period",
  "published_at",
  "agency",
  "stage",
  "confidence",
  "narrative",
  "risks",
  "next_steps",
  "explanation",
  "recovery_step",
  "not_proceeding_reason",
  "forecast_due",
  "milestones_completed",
  "evidence",
];

const updateRow = (u: PublicUpdate): CsvValue[] => [
  u.id,
  u.actionCode,
  u.period,
  u.publishedAt,
  u.agency,
  u.stage,
  u.confidence,
  u.narrative,
  u.risks,
  u.nextSteps,
  u.explanation,
  u.recoveryStep,
  u.notProceedingReason,
  u.forecastDue,
  list(u.milestonesCompleted),
  list(u.evidence.map((e) => e.url ?? e.documentReference ?? e.title)),
];

export function updatesCsv(updates: readonly PublicUpdate[]): string {
  return toCsv(UPDATE_COLUMNS, updates.map(updateRow));
}

/**
 * The same document as text parts, its header line first, then one part per page of updates read
 * one after another, so a download of the whole history never holds more than one page of rows.
 */
export async function* updatesCsvParts(pages: AsyncIterable<readonly PublicUpdate[]>): AsyncGenerator<string> {
  yield updatesCsv([]);
  for await (const page of pages) yield csvLines(page.map(updateRow));
}

/** One row per reading: the total for the period, then each population group and region. */
export function indicatorsCsv(data: PublicIndicators): string {
  return toCsv(
    ["indicator_code", "indicator_title", "unit", "period", "period_starts_on", "breakdown_kind", "breakdown", "value"],
    data.indicators.flatMap((i) =>
      i.readings.flatMap((r) => {
        const row = (kind: string, breakdown: string, value: number | null) => [
          i.code,
          i.title,
          i.unit,
          r.period,
          r.periodStartsOn,
          kind,
          breakdown,
          value,
        ];
        return [
          ...(r.value === null ? [] : [row("total", "", r.value)]),
          ...Object.entries(r.breakdowns.populationGroup).map(([g, v]) => row("population_group", g, v)),
          ...Object.entries(r.breakdowns.region).map(([region, v]) => row("region", region, v)),
        ];
      }),
    ),
  );
}
