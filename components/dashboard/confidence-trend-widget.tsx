import { CONFIDENCE_CATEGORIES, categoryCriteria, categoryLabel } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import { confidenceTrend, type TrendRow } from "@/lib/dal/dashboard/confidence-trend";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { CATEGORY_FILL } from "./palette";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** The confidence mix of every closed period (as frozen) and of the period reported on now (live). */
export async function ConfidenceTrendWidget({ scope }: { scope: DashboardScope }) {
  const rows = await confidenceTrend(scope);
  const columns = CONFIDENCE_CATEGORIES.filter((k) => rows.some((r) => r.byConfidence[k] > 0));
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
        <>
          <StackedBarChart
            label={`Bar chart: ${caption}. The table after it gives every number.`}
            rows={rows.map((r) => ({ name: name(r), ...r.byConfidence }))}
            series={columns.map((k) => ({ key: k, label: categoryLabel(k), fill: CATEGORY_FILL[k]! }))}
          />
          <ScrollRegion className="mt-3" label={`${caption} (table)`}>
            <table className="data-table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {columns.map((k) => (
                    <th key={k} scope="col">
                      {categoryLabel(k)}
                    </th>
                  ))}
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.period.id}>
                    <th scope="row" className="whitespace-nowrap">
                      {name(r)}
                    </th>
                    {columns.map((k) => (
                      <td key={k} className="text-right">
                        <DrillNumber
                          n={r.byConfidence[k]}
                          href={drill(r, categoryCriteria("confidence", k))}
                          what={`${categoryLabel(k)}, ${name(r)}`}
                        />
                      </td>
                    ))}
                    <td className="text-right">
                      <DrillNumber n={r.total} href={drill(r)} what={`actions, ${name(r)}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </WidgetFrame>
  );
}
