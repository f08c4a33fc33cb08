import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES, categoryCriteria, categoryLabel } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { statusMix, type MixGroup, type MixRow } from "@/lib/dal/dashboard/status-mix";
import { CATEGORY_FILL } from "./palette";
import { ScrollTable } from "./scroll-table";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber, WidgetFrame } from "./widget-frame";

const TITLES: Record<MixGroup, string> = {
  workstream: "Status mix by workstream",
  agency: "Status mix by lead agency",
};

function MixBlock({
  scope,
  by,
  rows,
  dimension,
}: {
  scope: DashboardScope;
  by: MixGroup;
  rows: MixRow[];
  dimension: "confidence" | "stage";
}) {
  const all = dimension === "confidence" ? CONFIDENCE_CATEGORIES : STAGE_CATEGORIES;
  const counts = (r: MixRow) => (dimension === "confidence" ? r.byConfidence : r.byStage) as Record<string, number>;
  // Columns nobody falls in are left out of the picture, never out of the CSV.
  const columns = all.filter((k) => rows.some((r) => counts(r)[k]! > 0));
  const groupWord = by === "workstream" ? "Workstream" : "Lead agency";
  const caption = `${dimension === "confidence" ? "Delivery confidence" : "Stage"} by ${groupWord.toLowerCase()}, ${scope.period.label}`;
  const drill = (r: MixRow, k: (typeof all)[number]) =>
    dashboardHref("/dashboard/actions", scope.filters, {
      ...(by === "workstream" ? { workstream: r.key } : { lead: r.key }),
      ...categoryCriteria(dimension, k),
    });
  return (
    <div className="mt-6">
      <h3 className="text-xl font-semibold">{dimension === "confidence" ? "Delivery confidence" : "Stage"}</h3>
      <StackedBarChart
        label={`Bar chart: ${caption}. The table after it gives every number.`}
        rows={rows.map((r) => ({ name: by === "workstream" ? `WS ${r.key}` : r.label, ...counts(r) }))}
        series={columns.map((k) => ({ key: k, label: categoryLabel(k), fill: CATEGORY_FILL[k]! }))}
      />
      <ScrollTable label={`${caption} (table)`}>
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{groupWord}</th>
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
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((k) => (
                  <td key={k} className="text-right">
                    <DrillNumber n={counts(r)[k]!} href={drill(r, k)} what={`${categoryLabel(k)}, ${r.label}`} />
                  </td>
                ))}
                <td className="text-right">
                  <DrillNumber
                    n={r.total}
                    href={dashboardHref(
                      "/dashboard/actions",
                      scope.filters,
                      by === "workstream" ? { workstream: r.key } : { lead: r.key },
                    )}
                    what={`actions, ${r.label}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}

export async function StatusMixWidget({ scope, by }: { scope: DashboardScope; by: MixGroup }) {
  const rows = await statusMix(scope, by);
  return (
    <WidgetFrame
      id={`mix-${by}`}
      title={TITLES[by]}
      csvHref={dashboardHref(`/dashboard/csv/mix-${by}`, scope.filters)}
      description={
        <p>
          Each action counts once, under its {by === "workstream" ? "primary workstream" : "lead agency"}.{" "}
          {scope.period.closedAt
            ? `As frozen when ${scope.period.label} closed.`
            : "As published now. Stale and not-yet-reported actions are counted apart, never as a rating."}{" "}
          Select a number to see the actions behind it.
        </p>
      }
    >
      {rows.length === 0 ? (
        <p className="mt-4">No actions match these filters.</p>
      ) : (
        <>
          <MixBlock scope={scope} by={by} rows={rows} dimension="confidence" />
          <MixBlock scope={scope} by={by} rows={rows} dimension="stage" />
        </>
      )}
    </WidgetFrame>
  );
}
