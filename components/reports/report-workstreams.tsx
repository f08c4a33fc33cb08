import type { ReactNode } from "react";
import { ActionStatus } from "@/components/status/status-badge";
import { uiText } from "@/i18n/ui-text";
import { formatDate } from "@/lib/format/dates";
import type { ReportAction, ReportWorkstream } from "@/lib/reports/types";
import { CELL, ReportSection, ReportTable, reportColumns, ROW_HEADER } from "./report-table";

type Text = Awaited<ReturnType<typeof uiText>>;

/** The progress cell: milestones done, or why there is no figure. */
function progressText(a: ReportAction, text: Text, status: Text): ReactNode {
  if (a.systemState === "not_yet_reported") return status.L("system.not_yet_reported");
  if (!a.progress) return text.L("noMilestones");
  return text.L("progress", { percent: a.progress.percent, done: a.progress.done, total: a.progress.total });
}

function Due({ a, text }: { a: ReportAction; text: Text }) {
  if (!a.forecastDue || a.forecastDue === a.baselineDue) {
    return (
      <>
        <span className="whitespace-nowrap">{formatDate(a.baselineDue)}</span>
        <span className="block text-sm">{text.L("asPlanned")}</span>
      </>
    );
  }
  return (
    <>
      <span lang={text.lang("forecast")} className="whitespace-nowrap">
        {text.t("forecast", { date: formatDate(a.forecastDue) })}
      </span>
      <span lang={text.lang("baseline")} className="block text-sm">
        {text.rich("baseline", {
          date: formatDate(a.baselineDue),
          nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
        })}
      </span>
      {a.forecastDue > a.baselineDue && (
        <span className="block text-sm font-semibold">{text.L("laterThanBaseline")}</span>
      )}
    </>
  );
}

const UPDATE_FIELDS = ["explanation", "recoveryStep", "notProceedingReason", "risks", "nextSteps"] as const;

function Narrative({ a, text }: { a: ReportAction; text: Text }) {
  const u = a.update;
  return (
    <div className="report-narrative mt-4 border-l-4 border-slate-300 pl-4">
      <h5 className="font-semibold">
        {a.code} {a.title}
      </h5>
      {!u ? (
        <p className="text-[var(--color-muted)] italic">{text.L("noUpdate")}</p>
      ) : (
        <>
          <p className="text-sm text-[var(--color-muted)]">
            {u.periodLabel
              ? text.L("updatePublishedFor", { date: formatDate(u.publishedAt.slice(0, 10)), period: u.periodLabel })
              : text.L("updatePublished", { date: formatDate(u.publishedAt.slice(0, 10)) })}
          </p>
          <p className="mt-1 whitespace-pre-line">{u.narrative || text.L("noNarrative")}</p>
          <dl className="mt-1 text-[0.95rem]">
            {UPDATE_FIELDS.filter((k) => u[k]).map((k) => (
              <div key={k} className="mt-1">
                <dt className="inline font-semibold">{text.L(`fields.${k}`)}: </dt>
                <dd className="inline whitespace-pre-line">{u[k]}</dd>
              </div>
            ))}
          </dl>
          {a.slippedMilestones.length > 0 && (
            <p className="mt-1 text-[0.95rem]">
              <span className="font-semibold">{text.L("slippedMilestones")} </span>
              {a.slippedMilestones.join("; ")}
            </p>
          )}
        </>
      )}
    </div>
  );
}

export async function ReportWorkstreams({ workstreams, staff }: { workstreams: ReportWorkstream[]; staff: boolean }) {
  const [text, sections, status, compliance, columns] = await Promise.all([
    uiText("reports.workstreams"),
    uiText("reports.sections"),
    uiText("status"),
    uiText("dashboard.compliance.states"),
    reportColumns("code", "action", "lead", "status", "progress", "due", ...(staff ? ["reporting"] : [])),
  ]);
  const reporting = (r: NonNullable<ReportAction["reporting"]>) =>
    r.submittedLate ? text.L("reportingLate", { state: compliance.t(r.state) }) : compliance.L(r.state);
  return (
    <ReportSection id="workstreams" title={sections.L("workstreams")}>
      {workstreams.map((ws) => (
        <section key={ws.number} aria-labelledby={`ws-${ws.number}`} className="report-workstream mt-8">
          <h3 id={`ws-${ws.number}`} lang={text.lang("heading")} className="text-xl font-bold">
            {text.t("heading", { number: ws.number, title: ws.title })}
          </h3>
          <ReportTable caption={text.t("caption", { number: ws.number })} columns={columns} minWidth="min-w-[48rem]">
            {ws.actions.map((a) => (
              <tr key={a.code}>
                <th scope="row" className={`${ROW_HEADER} whitespace-nowrap tabular-nums`}>
                  {a.code}
                </th>
                <td className={`${CELL} report-title`}>
                  {a.title}
                  {a.foundational && <span className="block text-sm">{text.L("foundational")}</span>}
                </td>
                <td className={CELL}>
                  <abbr title={a.leadAgency.name} className="no-underline">
                    {a.leadAgency.acronym}
                  </abbr>
                </td>
                <td className={CELL}>
                  <ActionStatus stage={a.stage} confidence={a.confidence} systemState={a.systemState} />
                </td>
                <td className={`${CELL} tabular-nums`}>{progressText(a, text, status)}</td>
                <td className={CELL}>
                  <Due a={a} text={text} />
                </td>
                {staff && <td className={CELL}>{a.reporting ? reporting(a.reporting) : ""}</td>}
              </tr>
            ))}
          </ReportTable>
          <h4 lang={text.lang("updatesHeading")} className="mt-6 text-lg font-bold">
            {text.t("updatesHeading", { number: ws.number })}
          </h4>
          {ws.actions.map((a) => (
            <Narrative key={a.code} a={a} text={text} />
          ))}
        </section>
      ))}
    </ReportSection>
  );
}
