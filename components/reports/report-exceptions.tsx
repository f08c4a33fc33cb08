import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { formatDate } from "@/lib/format/dates";
import type { ActionRef, ReportExceptions as Exceptions } from "@/lib/reports/types";
import { CELL, Counted, ReportSection, ReportTable, reportColumns, ROW_HEADER } from "./report-table";

async function RefTable({ caption, actions }: { caption: string; actions: ActionRef[] }) {
  return (
    <ReportTable caption={caption} columns={await reportColumns("code", "action")}>
      {actions.map((a) => (
        <tr key={a.code}>
          <th scope="row" className={`${ROW_HEADER} w-16 tabular-nums`}>
            {a.code}
          </th>
          <td className={CELL}>
            <Link href={`/actions/${a.code}`}>{a.title}</Link>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}

export async function ReportExceptions({ exceptions: e }: { exceptions: Exceptions }) {
  const [{ t, L }, sections, status, compliance, slippedColumns, lateColumns] = await Promise.all([
    uiText("reports.exceptions"),
    uiText("reports.sections"),
    uiText("status"),
    uiText("dashboard.compliance.states"),
    reportColumns("code", "action", "baselineDue", "forecastDue", "milestonesSlipped"),
    reportColumns("code", "action", "lead", "reportingAtClose"),
  ]);
  return (
    <ReportSection id="exceptions" title={sections.L("exceptions")}>
      <p className="mt-2">{L("intro")}</p>
      <Counted id="exc-at-risk" title={status.L("confidence.at_risk")} count={e.atRisk.length}>
        <RefTable caption={t("atRiskCaption")} actions={e.atRisk} />
      </Counted>
      <Counted id="exc-unachievable" title={status.L("confidence.unachievable")} count={e.unachievable.length}>
        <RefTable caption={t("unachievableCaption")} actions={e.unachievable} />
      </Counted>
      <Counted id="exc-slipped" title={L("slipped")} count={e.slipped.length}>
        <ReportTable caption={t("slippedCaption")} columns={slippedColumns} minWidth="min-w-[40rem]">
          {e.slipped.map((a) => (
            <tr key={a.code}>
              <th scope="row" className={`${ROW_HEADER} w-16 tabular-nums`}>
                {a.code}
              </th>
              <td className={`${CELL} report-title`}>
                <Link href={`/actions/${a.code}`}>{a.title}</Link>
              </td>
              <td className={`${CELL} whitespace-nowrap`}>{formatDate(a.baselineDue)}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                {a.forecastDue ? formatDate(a.forecastDue) : L("asPlanned")}
              </td>
              <td className={CELL}>{a.milestones.length ? a.milestones.join("; ") : L("noMilestones")}</td>
            </tr>
          ))}
        </ReportTable>
      </Counted>
      <Counted id="exc-stale" title={status.L("system.stale")} count={e.stale.length}>
        <RefTable caption={t("staleCaption")} actions={e.stale} />
      </Counted>
      {e.lateReporting && (
        <Counted id="exc-late" title={L("late")} count={e.lateReporting.length}>
          <ReportTable caption={t("lateCaption")} columns={lateColumns} minWidth="min-w-[36rem]">
            {e.lateReporting.map((a) => (
              <tr key={a.code}>
                <th scope="row" className={`${ROW_HEADER} w-16 tabular-nums`}>
                  {a.code}
                </th>
                <td className={`${CELL} report-title`}>{a.title}</td>
                <td className={CELL}>{a.leadAgency}</td>
                <td className={CELL}>
                  {a.submittedLate ? L("submittedLate", { state: compliance.t(a.state) }) : compliance.L(a.state)}
                </td>
              </tr>
            ))}
          </ReportTable>
        </Counted>
      )}
    </ReportSection>
  );
}
