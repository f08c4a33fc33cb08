import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { dashboardHref } from "@/lib/dashboard/filters";
import { flaggedMilestones, milestoneCounts } from "@/lib/dal/dashboard/milestones";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { DrillNumber, WidgetFrame } from "./widget-frame";

const days = (n: number | null) => (n === null ? "—" : `${n} ${n === 1 ? "day" : "days"}`);

/** Milestones overdue (due before today, or before a closed period's end) or slipping (forecast after baseline). */
export async function MilestonesWidget({ scope }: { scope: DashboardScope }) {
  const [counts, list] = await Promise.all([milestoneCounts(scope), flaggedMilestones(scope)]);
  const asOf = scope.period.closedAt
    ? `the end of ${scope.period.label} (${formatDate(scope.period.endsOn)})`
    : "today";
  const drill = (workstream: number, flag: string) =>
    dashboardHref("/dashboard/actions", { ...scope.filters, workstream }, { flag });
  return (
    <WidgetFrame
      id="milestones"
      title="Milestones overdue or slipping"
      csvHref={dashboardHref("/dashboard/csv/milestones", scope.filters)}
      description={
        <p>
          Overdue: not completed and due (forecast, else baseline) before {asOf}, New Zealand time. Slipping: not
          completed and forecast later than its baseline. Milestones of finished or stopped actions are neither. The
          explanation and recovery step are from the action’s latest published update
          {scope.period.closedAt ? " at the close" : ""}.
        </p>
      }
    >
      {counts.length === 0 ? (
        <p className="mt-4">No milestone is overdue or slipping.</p>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-semibold">Actions affected, by workstream</h3>
          <ScrollRegion className="mt-3" label="Actions with milestones overdue or slipping, by workstream (table)">
            <table className="data-table">
              <caption className="sr-only">
                Actions with a milestone overdue or slipping, by workstream, {scope.period.label}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Workstream</th>
                  <th scope="col">Actions with a milestone overdue</th>
                  <th scope="col">Actions with a milestone slipping</th>
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
                        what={`actions with a milestone overdue, workstream ${c.workstream}`}
                      />{" "}
                      <span className="text-[var(--color-muted)]">({c.overdueMilestones} milestones)</span>
                    </td>
                    <td className="text-right">
                      <DrillNumber
                        n={c.slippingActions}
                        href={drill(c.workstream, "milestones-slipping")}
                        what={`actions with a milestone slipping, workstream ${c.workstream}`}
                      />{" "}
                      <span className="text-[var(--color-muted)]">({c.slippingMilestones} milestones)</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3 className="mt-6 text-xl font-semibold">The milestones</h3>
          <ScrollRegion className="mt-3" label="Milestones overdue or slipping (table)">
            <table className="data-table w-full min-w-[56rem]">
              <caption className="sr-only">Milestones overdue or slipping, {scope.period.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Milestone</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Forecast</th>
                  <th scope="col">Overdue by</th>
                  <th scope="col">Slipped by</th>
                  <th scope="col">Explanation</th>
                  <th scope="col">Recovery step</th>
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
                    <td>{m.explanation ?? "None given"}</td>
                    <td>{m.recoveryStep ?? "None given"}</td>
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
