import { ScrollRegion } from "@/components/plan/scroll-region";
import { canNudgeAgencies } from "@/lib/permissions/reminder-permissions";
import { complianceCounts, complianceGridPage, type ComplianceCounts } from "@/lib/dal/dashboard/compliance";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";
import { formatDateTime } from "@/lib/format/dates";
import { uiText } from "@/i18n/ui-text";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";
import { WIDGET_FIRST_ROWS } from "@/lib/paging/pages";
import { ComplianceGrid } from "./compliance-grid";
import { FirstRows } from "./first-rows";
import { CATEGORY_FILL } from "./palette";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber, WidgetFrame } from "./widget-frame";

/** States in which an action's update is still to be written: what a reminder is about. */
const TO_WRITE = ["due", "draft", "late"] as const;

async function SummaryTable({
  scope,
  rows,
  remindAction,
}: {
  scope: DashboardScope;
  rows: ComplianceCounts[];
  remindAction?: (formData: FormData) => Promise<void>;
}) {
  const [{ t, L }, dashboard] = await Promise.all([uiText("dashboard.compliance"), uiText("dashboard")]);
  // TEC monitors remind an agency of its updates while the period is open.
  const remind = remindAction && canNudgeAgencies(scope.actor) && !scope.period.closedAt ? remindAction : null;
  const caption = t("summaryCaption", { period: scope.period.label });
  const drill = (extra: Record<string, string>) => dashboardHref("/dashboard/actions", scope.filters, extra);
  return (
    <ScrollRegion label={dashboard.t("tableSuffix", { caption })} className="mt-3">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{L("leadAgency")}</th>
            {COMPLIANCE_STATES.map((s) => (
              <th key={s} scope="col">
                {L(`states.${s}`)}
              </th>
            ))}
            <th scope="col">{L("submittedLate")}</th>
            <th scope="col">{dashboard.L("actionsColumn")}</th>
            {remind && <th scope="col">{L("remindColumn")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">{r.acronym}</th>
              {COMPLIANCE_STATES.map((s) => (
                <td key={s} className="text-right">
                  <DrillNumber
                    n={r.counts[s]}
                    href={drill({ reporting: s, lead: r.slug })}
                    what={dashboard.t("drillWhat", { label: t(`states.${s}`), row: r.acronym })}
                  />
                </td>
              ))}
              <td className="text-right">
                <DrillNumber
                  n={r.submittedLate}
                  href={drill({ flag: "submitted-late", lead: r.slug })}
                  what={t("drillSubmittedLate", { agency: r.acronym })}
                />
              </td>
              <td className="text-right">
                <DrillNumber
                  n={r.total}
                  href={drill({ lead: r.slug })}
                  what={dashboard.t("drillActions", { row: r.acronym })}
                />
              </td>
              {remind && (
                <td>
                  {TO_WRITE.some((s) => r.counts[s] > 0) && (
                    <form action={remind}>
                      <input type="hidden" name="agency" value={r.slug} />
                      <button
                        type="submit"
                        aria-label={t("remindLabel", { agency: r.acronym })}
                        className="min-h-6 font-semibold text-[var(--color-brand)] underline"
                      >
                        {L("remindButton")}
                      </button>
                    </form>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export async function ComplianceWidget({
  scope,
  remindAction,
}: {
  scope: DashboardScope;
  /** The server action a TEC monitor's "Remind" posts to (the page hands it in). */
  remindAction?: (formData: FormData) => Promise<void>;
}) {
  const [rows, grid, { t, L }, dashboard] = await Promise.all([
    complianceCounts(scope),
    complianceGridPage(scope, { page: 1, pageSize: WIDGET_FIRST_ROWS }),
    uiText("dashboard.compliance"),
    uiText("dashboard"),
  ]);
  const { period } = scope;
  const columns = COMPLIANCE_STATES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return (
    <WidgetFrame
      id="compliance"
      csvHref={dashboardHref("/dashboard/csv/compliance", scope.filters)}
      description={
        <p>
          {L("description", {
            period: period.label,
            due: formatDateTime(period.dueAt.toISOString()),
            grace: formatDateTime(period.graceUntil.toISOString()),
          })}{" "}
          {period.closedAt ? dashboard.L("frozenWhenClosed", { period: period.label }) : L("asItStandsNow")}{" "}
          {dashboard.L("selectNumber")}
        </p>
      }
    >
      {rows.length === 0 ? (
        <p className="mt-4">{dashboard.L("noMatch")}</p>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-semibold">{L("countsHeading")}</h3>
          <StackedBarChart
            label={t("chart", { period: period.label })}
            rows={rows.map((r) => ({ name: r.acronym, ...r.counts }))}
            series={columns.map((s) => ({ key: s, label: t(`states.${s}`), fill: CATEGORY_FILL[s]! }))}
          />
          <SummaryTable scope={scope} rows={rows} remindAction={remindAction} />
          <h3 className="mt-6 text-xl font-semibold">{L("eachActionHeading")}</h3>
          <ComplianceGrid scope={scope} rows={grid.rows} />
          <FirstRows list="compliance" scope={scope} shown={grid.rows.length} total={grid.total} />
        </>
      )}
    </WidgetFrame>
  );
}
