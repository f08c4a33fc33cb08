import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { FlaggedMilestone } from "@/lib/dal/dashboard/milestones";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDate } from "@/lib/format/dates";

/** Rows of overdue or slipping milestones, with the explanation and recovery step of the latest update. */
export async function MilestonesTable({ scope, rows }: { scope: DashboardScope; rows: FlaggedMilestone[] }) {
  const { t, L } = await uiText("dashboard.milestones");
  const days = (n: number | null) => (n === null ? "—" : t("days", { days: n }));
  return (
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
          {rows.map((m, i) => (
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
  );
}
