import { formatDate } from "@/lib/format/dates";
import { dashboardHref } from "@/lib/dashboard/filters";
import { flaggedMilestonesPage, milestoneCounts } from "@/lib/dal/dashboard/milestones";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { WIDGET_FIRST_ROWS } from "@/lib/paging/pages";
import { FirstRows } from "./first-rows";
import { MilestonesTable } from "./milestones-table";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** Milestones overdue (due before today, or before a closed period's end) or slipping (forecast after baseline). */
export async function MilestonesWidget({ scope }: { scope: DashboardScope }) {
  const [counts, list, { t, L }] = await Promise.all([
    milestoneCounts(scope),
    flaggedMilestonesPage(scope, { page: 1, pageSize: WIDGET_FIRST_ROWS }),
    uiText("dashboard.milestones"),
  ]);
  const asOf = scope.period.closedAt
    ? t("asOfClosed", { period: scope.period.label, date: formatDate(scope.period.endsOn) })
    : t("asOfToday");
  const drill = (workstream: number, flag: string) =>
    dashboardHref("/dashboard/actions", { ...scope.filters, workstream }, { flag });
  return (
    <WidgetFrame
      id="milestones"
      csvHref={dashboardHref("/dashboard/csv/milestones", scope.filters)}
      description={<p>{L("description", { asOf, closed: scope.period.closedAt ? "yes" : "no" })}</p>}
    >
      {counts.length === 0 ? (
        <p className="mt-4">{L("none")}</p>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-semibold">{L("affectedHeading")}</h3>
          <ScrollRegion className="mt-3" label={t("countsRegion")}>
            <table className="data-table">
              <caption className="sr-only">{L("countsCaption", { period: scope.period.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{L("workstream")}</th>
                  <th scope="col">{L("overdueActions")}</th>
                  <th scope="col">{L("slippingActions")}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map((c) => (
                  <tr key={c.workstream}>
                    <th scope="row">{c.label}</th>
                    <td className="text-right">
                      <DrillNumber
                        n={c.overdueActions}
                        href={drill(c.workstream, "milestones-overdue")}
                        what={t("drillOverdue", { number: c.workstream })}
                      />{" "}
                      <span className="text-[var(--color-muted)]">
                        {L("milestoneCount", { count: c.overdueMilestones })}
                      </span>
                    </td>
                    <td className="text-right">
                      <DrillNumber
                        n={c.slippingActions}
                        href={drill(c.workstream, "milestones-slipping")}
                        what={t("drillSlipping", { number: c.workstream })}
                      />{" "}
                      <span className="text-[var(--color-muted)]">
                        {L("milestoneCount", { count: c.slippingMilestones })}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3 className="mt-6 text-xl font-semibold">{L("listHeading")}</h3>
          <MilestonesTable scope={scope} rows={list.rows} />
          <FirstRows list="milestones" scope={scope} shown={list.rows.length} total={list.total} />
        </>
      )}
    </WidgetFrame>
  );
}
