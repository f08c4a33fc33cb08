import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { dashboardHref } from "@/lib/dashboard/filters";
import { flaggedMilestones, milestoneCounts } from "@/lib/dal/dashboard/milestones";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** Milestones overdue (due before today, or before a closed period's end) or slipping (forecast after baseline). */
export async function MilestonesWidget({ scope }: { scope: DashboardScope }) {
  const [counts, list, { t, L }] = await Promise.all([
    milestoneCounts(scope),
    flaggedMilestones(scope),
    uiText("dashboard.milestones"),
  ]);
  const days = (n: number | null) => (n === null ? "—" : t("days", { days: n }));
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
          <ScrollRegion className="mt-3" label={t("listRegion")}>
            <table className="data-table w-full min-w-[56rem]">
              <caption className="sr-only">{L("listCaption", { period: scope.period.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{L("action")}</th>
                  <th scope="col">{L("milestone")}</th>
                  <th scope="col">{L("baseline")}</th>
                  <th scope="col">{L("forecast")}</th>
                  <th scope="col">{L("overdueBy")}</th>
                  <th scope="col">{L("slippedBy")}</th>
                  <th scope="col">{L("explanation")}</th>
                  <th scope="col">{L("recoveryStep")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m, i) => (
                  <tr key={`${m.code}-${i}`}>
                    <th scope="row">
                      <Link href={`/actions/${m.code}`}>
                        {m.code} {m.actionTitle}
                      </Link>
                    </th>
                    <td>{m.milestone}</td>
                    <td className="whitespace-nowrap">{formatDate(m.baselineDue)}</td>
                    <td className="whitespace-nowrap">{m.forecastDue ? formatDate(m.forecastDue) : "—"}</td>
                    <td className="whitespace-nowrap">{days(m.overdueDays)}</td>
                    <td className="whitespace-nowrap">{days(m.slipDays)}</td>
                    <td>{m.explanation ?? L("noneGiven")}</td>
                    <td>{m.recoveryStep ?? L("noneGiven")}</td>
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
