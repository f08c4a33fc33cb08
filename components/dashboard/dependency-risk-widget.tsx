import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { dashboardHref } from "@/lib/dashboard/filters";
import { dependencyRisks } from "@/lib/dal/dashboard/dependency-risk";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** Unfinished predecessors due after an unfinished successor was meant to start, foundational first. */
export async function DependencyRiskWidget({ scope }: { scope: DashboardScope }) {
  const [risks, { t, L }] = await Promise.all([dependencyRisks(scope), uiText("dashboard.dependencyRisk")]);
  const successors = new Set(risks.flatMap((r) => r.successors.map((s) => s.code)));
  return (
    <WidgetFrame
      id="dependency-risk"
      csvHref={dashboardHref("/dashboard/csv/dependency-risk", scope.filters)}
      description={<p>{L("description")}</p>}
    >
      {risks.length === 0 ? (
        <p className="mt-4">{L("none")}</p>
      ) : (
        <>
          <p className="mt-4">
            <DrillNumber
              n={successors.size}
              href={dashboardHref("/dashboard/actions", scope.filters, { flag: "dependency-risk" })}
              what={t("drill")}
            />{" "}
            {L("heldUp", { actions: successors.size, predecessors: risks.length })}
          </p>
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
                {risks.map((p) => (
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
        </>
      )}
    </WidgetFrame>
  );
}
