import { CONFIDENCE_CATEGORIES } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import { confidenceTrend, type TrendRow } from "@/lib/dal/dashboard/confidence-trend";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { MixChartAndTable } from "./mix-chart-table";
import { WidgetFrame } from "./widget-frame";

/** The confidence mix of every closed period (as frozen) and of the period reported on now (live). */
export async function ConfidenceTrendWidget({ scope }: { scope: DashboardScope }) {
  const rows = await confidenceTrend(scope);
  const name = (r: TrendRow) => (r.live ? `${r.period.label} (now)` : r.period.label);
  const caption = "Delivery confidence by reporting period";
  // A closed period's numbers drill into that period; the live row into the current one.
  const drill = (r: TrendRow, extra: Record<string, string> = {}) =>
    dashboardHref("/dashboard/actions", { ...scope.filters, period: r.live ? null : r.period.slug }, extra);
  return (
    <WidgetFrame
      id="confidence-trend"
      title="Confidence trend across periods"
      csvHref={dashboardHref("/dashboard/csv/confidence-trend", scope.filters)}
      description={
        <p>
          Each closed period as frozen at its close, and the period reported on now as published now. Stale and
          not-yet-reported actions are counted apart, never as a rating.
        </p>
      }
    >
      {rows.length === 0 ? (
        <p className="mt-4">No actions match these filters.</p>
      ) : (
        <MixChartAndTable
          caption={caption}
          rowHeader="Period"
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
