import { ScrollRegion } from "@/components/plan/scroll-region";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { unreportedByWorkstream, unreportedPage } from "@/lib/dal/dashboard/stale";
import { dashboardHref } from "@/lib/dashboard/filters";
import { WIDGET_FIRST_ROWS } from "@/lib/paging/pages";
import { uiText } from "@/i18n/ui-text";
import { FirstRows } from "./first-rows";
import { UnreportedTable } from "./unreported-table";
import { DrillNumber, WidgetFrame } from "./widget-frame";

export async function UnreportedWidget({ scope }: { scope: DashboardScope }) {
  const [counts, actions, { t, L }, dashboard, status] = await Promise.all([
    unreportedByWorkstream(scope),
    unreportedPage(scope, { page: 1, pageSize: WIDGET_FIRST_ROWS }),
    uiText("dashboard.unreported"),
    uiText("dashboard"),
    uiText("status.system"),
  ]);
  const { period } = scope;
  const drill = (extra: Record<string, string | number>) => dashboardHref("/dashboard/actions", scope.filters, extra);
  const countsCaption = t("countsCaption", { period: period.label });
  return (
    <WidgetFrame
      id="unreported"
      csvHref={dashboardHref("/dashboard/csv/unreported", scope.filters)}
      description={
        <p>
          {L("description", { period: period.label })}{" "}
          {period.closedAt ? dashboard.L("frozenWhenClosed", { period: period.label }) : dashboard.L("asPublishedNow")}
        </p>
      }
    >
      <h3 className="mt-6 text-xl font-semibold">{L("countsHeading")}</h3>
      <ScrollRegion label={dashboard.t("tableSuffix", { caption: countsCaption })} className="mt-3">
        <table className="data-table">
          <caption className="sr-only">{countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{L("workstream")}</th>
              <th scope="col">{status.L("stale")}</th>
              <th scope="col">{status.L("not_yet_reported")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((w) => (
              <tr key={w.number}>
                <th scope="row">
                  {w.number}. {w.title}
                </th>
                <td className="text-right">
                  <DrillNumber
                    n={w.stale}
                    href={drill({ state: "stale", workstream: w.number })}
                    what={t("drillStale", { number: w.number })}
                  />
                </td>
                <td className="text-right">
                  <DrillNumber
                    n={w.notYetReported}
                    href={drill({ state: "not_yet_reported", workstream: w.number })}
                    what={t("drillNotYetReported", { number: w.number })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3 className="mt-6 text-xl font-semibold">{L("actionsHeading")}</h3>
      {actions.total === 0 ? (
        <p className="mt-3">{L("allCurrent")}</p>
      ) : (
        <>
          <UnreportedTable scope={scope} rows={actions.rows} />
          <FirstRows list="unreported" scope={scope} shown={actions.rows.length} total={actions.total} />
        </>
      )}
    </WidgetFrame>
  );
}
