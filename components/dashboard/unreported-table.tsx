import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import type { UnreportedAction } from "@/lib/dal/dashboard/stale";
import { formatDateTime } from "@/lib/format/dates";

/** Rows of stale and never-reported actions, with when each last published and the periods missed since. */
export async function UnreportedTable({ scope, rows }: { scope: DashboardScope; rows: UnreportedAction[] }) {
  const [{ t, L }, dashboard, status] = await Promise.all([
    uiText("dashboard.unreported"),
    uiText("dashboard"),
    uiText("status.system"),
  ]);
  const caption = t("listCaption", { period: scope.period.label });
  return (
    <ScrollRegion label={dashboard.t("tableSuffix", { caption })} className="mt-3">
      <table className="data-table w-full min-w-[44rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{L("action")}</th>
            <th scope="col">{L("lead")}</th>
            <th scope="col">{L("state")}</th>
            <th scope="col">{L("lastPublished")}</th>
            <th scope="col">{L("forPeriod")}</th>
            <th scope="col">{L("periodsMissed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.code}>
              <th scope="row" className="font-normal">
                <Link href={`/actions/${a.code}`}>
                  {a.code} {a.title}
                </Link>
              </th>
              <td>{a.leadAgency}</td>
              <td className="whitespace-nowrap">{status.L(a.systemState)}</td>
              <td className="whitespace-nowrap">
                {a.lastPublishedAt ? formatDateTime(a.lastPublishedAt.toISOString()) : L("never")}
              </td>
              <td className="whitespace-nowrap">{a.lastPeriod ?? "—"}</td>
              <td className="text-right">{a.periodsMissed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
