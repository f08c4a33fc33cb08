import { dashboardHref } from "@/lib/dashboard/filters";
import { dependencyRisks } from "@/lib/dal/dashboard/dependency-risk";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { uiText } from "@/i18n/ui-text";
import { WIDGET_FIRST_ROWS } from "@/lib/paging/pages";
import { DependencyRiskTable } from "./dependency-risk-table";
import { FirstRows } from "./first-rows";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/**
 * Unfinished predecessors due after an unfinished successor was meant to start, foundational first.
 * The rule needs the whole plan's dependency graph, so the risks are worked out in full; only the
 * first rows are shown, the rest on the widget's full list.
 */
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
          <DependencyRiskTable scope={scope} rows={risks.slice(0, WIDGET_FIRST_ROWS)} />
          <FirstRows
            list="dependency-risk"
            scope={scope}
            shown={Math.min(risks.length, WIDGET_FIRST_ROWS)}
            total={risks.length}
          />
        </>
      )}
    </WidgetFrame>
  );
}
