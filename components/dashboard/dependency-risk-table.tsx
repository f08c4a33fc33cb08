import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { LatePredecessor } from "@/lib/dal/dashboard/dependency-risk";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDate } from "@/lib/format/dates";

/** Rows of late predecessors, each with the successors it holds up. */
export async function DependencyRiskTable({ scope, rows }: { scope: DashboardScope; rows: LatePredecessor[] }) {
  const { t, L } = await uiText("dashboard.dependencyRisk");
  return (
    <ScrollRegion className="mt-3" label={t("region")}>
      <table className="data-table w-full min-w-[40rem]">
        <caption className="sr-only">{L("caption", { period: scope.period.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{L("predecessor")}</th>
            <th scope="col">{L("due")}</th>
            <th scope="col">{L("heldUpColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.code}>
              <th scope="row">
                <Link href={`/actions/${p.code}`}>
                  {p.code} {p.title}
                </Link>
                {p.foundational && <span className="block text-sm font-normal">{L("foundational")}</span>}
              </th>
              <td className="whitespace-nowrap">{formatDate(p.due)}</td>
              <td>
                <ul>
                  {p.successors.map((s) => (
                    <li key={s.code}>
                      <Link href={`/actions/${s.code}`}>
                        {s.code} {s.title}
                      </Link>{" "}
                      <span className="whitespace-nowrap">({formatDate(s.startsOn)})</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
