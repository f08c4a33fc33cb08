import { uiText } from "@/i18n/ui-text";
import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES } from "@/lib/dashboard/categories";
import { dashboardHref } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { statusMix, type MixGroup, type MixRow } from "@/lib/dal/dashboard/status-mix";
import { MixChartAndTable } from "./mix-chart-table";
import { WidgetFrame } from "./widget-frame";

async function MixBlock({
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
  const { t, L } = await uiText("dashboard.mix");
  const groupKey = by === "workstream" ? "workstream" : "leadAgency";
  const headingKey = dimension === "confidence" ? "confidence" : "stage";
  return (
    <div className="mt-6">
      <h3 className="text-xl font-semibold">{L(headingKey)}</h3>
      <MixChartAndTable
        caption={t("caption", {
          heading: t(headingKey),
          group: t(groupKey).toLowerCase(),
          period: scope.period.label,
        })}
        rowHeader={L(groupKey)}
        dimension={dimension}
        categories={dimension === "confidence" ? CONFIDENCE_CATEGORIES : STAGE_CATEGORIES}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          chartName: by === "workstream" ? t("chartName", { number: r.key }) : r.label,
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
  const [rows, { L }, mix] = await Promise.all([statusMix(scope, by), uiText("dashboard"), uiText("dashboard.mix")]);
  return (
    <WidgetFrame
      id={`mix-${by}`}
      csvHref={dashboardHref(`/dashboard/csv/mix-${by}`, scope.filters)}
      description={
        <p>
          {mix.L("description", { by })}{" "}
          {scope.period.closedAt ? L("frozenWhenClosed", { period: scope.period.label }) : mix.L("notCountedAsRating")}{" "}
          {L("selectNumber")}
        </p>
      }
    >
      {rows.length === 0 ? (
        <p className="mt-4">{L("noMatch")}</p>
      ) : (
        <>
          <MixBlock scope={scope} by={by} rows={rows} dimension="confidence" />
          <MixBlock scope={scope} by={by} rows={rows} dimension="stage" />
        </>
      )}
    </WidgetFrame>
  );
}
