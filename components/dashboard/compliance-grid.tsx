import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { ComplianceRow } from "@/lib/dal/dashboard/compliance";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDateTime } from "@/lib/format/dates";
import { ComplianceChip } from "./compliance-chip";

const when = (d: Date | null) => (d ? formatDateTime(d.toISOString()) : "—");

/** Rows of the compliance board's grid: each action's reporting for the period, most urgent first. */
export async function ComplianceGrid({ scope, rows }: { scope: DashboardScope; rows: ComplianceRow[] }) {
  const [{ t, L }, dashboard, unreported] = await Promise.all([
    uiText("dashboard.compliance"),
    uiText("dashboard"),
    uiText("dashboard.unreported"),
  ]);
  const caption = t("gridCaption", { period: scope.period.label });
  return (
    <ScrollRegion label={dashboard.t("tableSuffix", { caption })} className="mt-3">
      <table className="data-table w-full min-w-[44rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{L("action")}</th>
            <th scope="col">{unreported.L("lead")}</th>
            <th scope="col">{L("reporting")}</th>
            <th scope="col">{L("firstSubmitted")}</th>
            <th scope="col">{L("published")}</th>
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
              <td>
                <ComplianceChip state={a.state} submittedLate={a.submittedLate} />
              </td>
              <td className="whitespace-nowrap">{when(a.submittedAt)}</td>
              <td className="whitespace-nowrap">{when(a.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
