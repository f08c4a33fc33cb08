import { ActionStatus } from "@/components/status/status-badge";
import { formatDate } from "@/lib/format/dates";
import { reportingLabel } from "@/lib/reports/report-rows";
import type { ReportAction, ReportWorkstream } from "@/lib/reports/types";
import { CELL, ReportSection, ReportTable, ROW_HEADER } from "./report-table";

export function progressText(a: ReportAction): string {
  if (a.systemState === "not_yet_reported") return "Not yet reported";
  if (!a.progress) return "No milestones";
  return `${a.progress.percent} % (${a.progress.done} of ${a.progress.total} milestones)`;
}

function Due({ a }: { a: ReportAction }) {
  if (!a.forecastDue || a.forecastDue === a.baselineDue) {
    return (
      <>
        <span className="whitespace-nowrap">{formatDate(a.baselineDue)}</span>
        <span className="block text-sm">as planned</span>
      </>
    );
  }
  return (
    <>
      <span className="whitespace-nowrap">Forecast {formatDate(a.forecastDue)}</span>
      <span className="block text-sm">
        Baseline <span className="whitespace-nowrap">{formatDate(a.baselineDue)}</span>
      </span>
      {a.forecastDue > a.baselineDue && <span className="block text-sm font-semibold">Later than baseline</span>}
    </>
  );
}

function Narrative({ a }: { a: ReportAction }) {
  const u = a.update;
  return (
    <div className="report-narrative mt-4 border-l-4 border-slate-300 pl-4">
      <h5 className="font-semibold">
        {a.code} {a.title}
      </h5>
      {!u ? (
        <p className="text-[var(--color-muted)] italic">No published update by the close of the period.</p>
      ) : (
        <>
          <p className="text-sm text-[var(--color-muted)]">
            Update published {formatDate(u.publishedAt.slice(0, 10))}
            {u.periodLabel ? ` for ${u.periodLabel}` : ""}
          </p>
          <p className="mt-1 whitespace-pre-line">{u.narrative || "No narrative given."}</p>
          <dl className="mt-1 text-[0.95rem]">
            {[
              ["Why", u.explanation],
              ["Recovery step", u.recoveryStep],
              ["Reason not proceeding", u.notProceedingReason],
              ["Risks", u.risks],
              ["Next steps", u.nextSteps],
            ]
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <div key={k} className="mt-1">
                  <dt className="inline font-semibold">{k}: </dt>
                  <dd className="inline whitespace-pre-line">{v}</dd>
                </div>
              ))}
          </dl>
          {a.slippedMilestones.length > 0 && (
            <p className="mt-1 text-[0.95rem]">
              <span className="font-semibold">Milestones forecast later than baseline: </span>
              {a.slippedMilestones.join("; ")}
            </p>
          )}
        </>
      )}
    </div>
  );
}

export function ReportWorkstreams({ workstreams, staff }: { workstreams: ReportWorkstream[]; staff: boolean }) {
  const columns = ["Code", "Action", "Lead", "Status", "Progress", "Due", ...(staff ? ["Reporting"] : [])];
  return (
    <ReportSection id="workstreams" title="Workstreams">
      {workstreams.map((ws) => (
        <section key={ws.number} aria-labelledby={`ws-${ws.number}`} className="report-workstream mt-8">
          <h3 id={`ws-${ws.number}`} className="text-xl font-bold">
            Workstream {ws.number}: {ws.title}
          </h3>
          <ReportTable caption={`Actions in workstream ${ws.number}`} columns={columns} minWidth="min-w-[48rem]">
            {ws.actions.map((a) => (
              <tr key={a.code}>
                <th scope="row" className={`${ROW_HEADER} whitespace-nowrap tabular-nums`}>
                  {a.code}
                </th>
                <td className={`${CELL} report-title`}>
                  {a.title}
                  {a.foundational && <span className="block text-sm">Foundational</span>}
                </td>
                <td className={CELL}>
                  <abbr title={a.leadAgency.name} className="no-underline">
                    {a.leadAgency.acronym}
                  </abbr>
                </td>
                <td className={CELL}>
                  <ActionStatus stage={a.stage} confidence={a.confidence} systemState={a.systemState} />
                </td>
                <td className={`${CELL} tabular-nums`}>{progressText(a)}</td>
                <td className={CELL}>
                  <Due a={a} />
                </td>
                {staff && <td className={CELL}>{a.reporting ? reportingLabel(a.reporting) : ""}</td>}
              </tr>
            ))}
          </ReportTable>
          <h4 className="mt-6 text-lg font-bold">Published updates, workstream {ws.number}</h4>
          {ws.actions.map((a) => (
            <Narrative key={a.code} a={a} />
          ))}
        </section>
      ))}
    </ReportSection>
  );
}
