import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { statusMix, type MixGroup, type MixRow } from "@/lib/dal/dashboard/status-mix";
import { MixChartAndTable } from "./mix-chart-table";
import { WidgetFrame } from "./widget-frame";

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
  const groupWord = by === "workstream" ? "Workstream" : "Lead agency";
  const heading = dimension === "confidence" ? "Delivery confidence" : "Stage";
  return (
    <div className="mt-6">
      <h3 className="text-xl font-semibold">{heading}</h3>
      <MixChartAndTable
        caption={`${heading} by ${groupWord.toLowerCase()}, ${scope.period.label}`}
        rowHeader={groupWord}
        dimension={dimension}
        categories={dimension === "confidence" ? CONFIDENCE_CATEGORIES : STAGE_CATEGORIES}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          chartName: by === "workstream" ? `WS ${r.key}` : r.label,
          counts: dimension === "confidence" ? r.byConfidence : r.byStage,
          total: r.total,
          href: (extra = {}) =>
            dashboardHref("/dashboard/actions", scope.filters, {
              ...(by === "workstream" ? { workstream: r.key } : { lead: r.key }),
              ...extra,
            }),
        }))}
      />
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
