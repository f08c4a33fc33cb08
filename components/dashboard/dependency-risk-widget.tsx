import { formatDate } from "@/lib/format/dates";
import Link from "next/link";
import { dashboardHref } from "@/lib/dashboard/filters";
import { dependencyRisks } from "@/lib/dal/dashboard/dependency-risk";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** Unfinished predecessors due after an unfinished successor was meant to start, foundational first. */
export async function DependencyRiskWidget({ scope }: { scope: DashboardScope }) {
  const risks = await dependencyRisks(scope);
  const successors = new Set(risks.flatMap((r) => r.successors.map((s) => s.code)));
  return (
    <WidgetFrame
      id="dependency-risk"
      title="Dependency risk"
      csvHref={dashboardHref("/dashboard/csv/dependency-risk", scope.filters)}
      description={
        <p>
          Predecessor actions, foundational ones first, due (forecast, else baseline) after an action that waits for
          them was meant to start. Finished actions are left out on both sides.
        </p>
      }
    >
      {risks.length === 0 ? (
        <p className="mt-4">No unfinished action is held up by a late predecessor.</p>
      ) : (
        <>
          <p className="mt-4">
            <DrillNumber
              n={successors.size}
              href={dashboardHref("/dashboard/actions", scope.filters, { flag: "dependency-risk" })}
              what="actions held up by a predecessor"
            />{" "}
            {successors.size === 1 ? "action is" : "actions are"} held up by {risks.length} late{" "}
            {risks.length === 1 ? "predecessor" : "predecessors"}.
          </p>
          <ScrollRegion className="mt-3" label="Late predecessors and the actions they hold up (table)">
            <table className="data-table w-full min-w-[40rem]">
              <caption className="sr-only">
                Late predecessors and the actions they hold up, {scope.period.label}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Predecessor</th>
                  <th scope="col">Due</th>
                  <th scope="col">Held up (meant to start)</th>
                </tr>
              </thead>
              <tbody>
                {risks.map((p) => (
                  <tr key={p.code}>
                    <th scope="row">
                      <Link href={`/actions/${p.code}`}>
                        {p.code} {p.title}
                      </Link>
                      {p.foundational && <span className="block text-sm font-normal">Foundational</span>}
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
