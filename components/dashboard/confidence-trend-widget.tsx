import { uiText } from "@/i18n/ui-text";
import { CONFIDENCE_CATEGORIES } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import { confidenceTrend, type TrendRow } from "@/lib/dal/dashboard/confidence-trend";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { MixChartAndTable } from "./mix-chart-table";
import { WidgetFrame } from "./widget-frame";

/** The confidence mix of every closed period (as frozen) and of the period reported on now (live). */
export async function ConfidenceTrendWidget({ scope }: { scope: DashboardScope }) {
  const [rows, { t, L }, dashboard] = await Promise.all([
    confidenceTrend(scope),
    uiText("dashboard.trend"),
    uiText("dashboard"),
  ]);
  const name = (r: TrendRow) => (r.live ? t("now", { period: r.period.label }) : r.period.label);
  const caption = t("caption");
  // A closed period's numbers drill into that period; the live row into the current one.
  const drill = (r: TrendRow, extra: Record<string, string> = {}) =>
    dashboardHref("/dashboard/actions", { ...scope.filters, period: r.live ? null : r.period.slug }, extra);
  return (
    <WidgetFrame
      id="confidence-trend"
      csvHref={dashboardHref("/dashboard/csv/confidence-trend", scope.filters)}
      description={<p>{L("description")}</p>}
    >
      {rows.length === 0 ? (
        <p className="mt-4">{dashboard.L("noMatch")}</p>
      ) : (
        <MixChartAndTable
          caption={caption}
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
      )}
    </WidgetFrame>
  );
}
