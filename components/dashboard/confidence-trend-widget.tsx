import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { CONFIDENCE_CATEGORIES } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import { confidenceTrend, type TrendRow } from "@/lib/dal/dashboard/confidence-trend";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { WIDGET_TREND_PERIODS } from "@/lib/paging/pages";
import { MixChartAndTable } from "./mix-chart-table";
import { WidgetFrame } from "./widget-frame";

/** The trend's chart and its table for some periods, oldest first: the widget's, or its full list's. */
export async function TrendChartAndTable({ scope, rows }: { scope: DashboardScope; rows: TrendRow[] }) {
  const { t, L } = await uiText("dashboard.trend");
  const name = (r: TrendRow) => (r.live ? t("now", { period: r.period.label }) : r.period.label);
  // A closed period's numbers drill into that period; the live row into the current one.
  const drill = (r: TrendRow, extra: Record<string, string> = {}) =>
    dashboardHref("/dashboard/actions", { ...scope.filters, period: r.live ? null : r.period.slug }, extra);
  return (
    <MixChartAndTable
      caption={t("caption")}
      rowHeader={L("period")}
      dimension="confidence"
      categories={CONFIDENCE_CATEGORIES}
      rows={rows.map((r) => ({
        key: String(r.period.id),
        label: name(r),
        chartName: name(r),
        counts: r.byConfidence,
        total: r.total,
        href: (extra) => drill(r, extra),
      }))}
    />
  );
}

/**
 * The confidence mix of every closed period (as frozen) and of the period reported on now (live):
 * the latest periods on the dashboard, every period on the widget's full list.
 */
export async function ConfidenceTrendWidget({ scope }: { scope: DashboardScope }) {
  const [rows, { L }, dashboard] = await Promise.all([
    confidenceTrend(scope),
    uiText("dashboard.trend"),
    uiText("dashboard"),
  ]);
  const latest = rows.slice(-WIDGET_TREND_PERIODS);
  return (
    <WidgetFrame
      id="confidence-trend"
      csvHref={dashboardHref("/dashboard/csv/confidence-trend", scope.filters)}
      description={<p>{L("description")}</p>}
    >
      {rows.length === 0 ? (
        <p className="mt-4">{dashboard.L("noMatch")}</p>
      ) : (
        <>
          <TrendChartAndTable scope={scope} rows={latest} />
          {latest.length < rows.length && (
            <p className="mt-2">
              {L("latestOnly", { shown: latest.length, total: rows.length })}{" "}
              <Link
                href={dashboardHref("/dashboard/lists/confidence-trend", scope.filters)}
                className="inline-block min-h-6"
              >
                {dashboard.L("lists.fullList.confidence-trend", { total: rows.length })}
              </Link>
            </p>
          )}
        </>
      )}
    </WidgetFrame>
  );
}
