import Link from "next/link";
import { COMPLIANCE_LABELS } from "@/lib/periods/compliance";
import { formatDate } from "@/lib/format/dates";
import type { ActionRef, ReportExceptions as Exceptions } from "@/lib/reports/types";
import { CELL, ReportSection, ReportTable, ROW_HEADER } from "./report-table";

function RefTable({ caption, actions }: { caption: string; actions: ActionRef[] }) {
  return (
    <ReportTable caption={caption} columns={["Code", "Action"]}>
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

function Group({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-xl font-bold">
        {title} <span className="font-normal tabular-nums">({count})</span>
      </h3>
      {count === 0 ? <p className="mt-1">None.</p> : children}
    </section>
  );
}

export function ReportExceptions({ exceptions: e }: { exceptions: Exceptions }) {
  return (
    <ReportSection id="exceptions" title="Exceptions">
      <p className="mt-2">Actions that need attention, as published at the close of the period.</p>
      <Group id="exc-at-risk" title="At risk" count={e.atRisk.length}>
        <RefTable caption="Actions rated at risk" actions={e.atRisk} />
      </Group>
      <Group id="exc-unachievable" title="Unachievable" count={e.unachievable.length}>
        <RefTable caption="Actions rated unachievable" actions={e.unachievable} />
      </Group>
      <Group id="exc-slipped" title="Slipped" count={e.slipped.length}>
        <ReportTable
          caption="Actions forecast later than baseline, or with a milestone forecast later than its baseline"
          columns={["Code", "Action", "Baseline due", "Forecast due", "Milestones slipped"]}
          minWidth="min-w-[40rem]"
        >
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
                {a.forecastDue ? formatDate(a.forecastDue) : "As planned"}
              </td>
              <td className={CELL}>{a.milestones.length ? a.milestones.join("; ") : "None"}</td>
            </tr>
          ))}
        </ReportTable>
      </Group>
      <Group id="exc-stale" title="Stale" count={e.stale.length}>
        <RefTable caption="Unfinished actions with no published update for this period" actions={e.stale} />
      </Group>
      {e.lateReporting && (
        <Group id="exc-late" title="Late reporting (staff only)" count={e.lateReporting.length}>
          <ReportTable
            caption="Actions whose update was not submitted by the end of the grace period, or was submitted after it"
            columns={["Code", "Action", "Lead", "Reporting at close"]}
            minWidth="min-w-[36rem]"
          >
            {e.lateReporting.map((a) => (
              <tr key={a.code}>
                <th scope="row" className={`${ROW_HEADER} w-16 tabular-nums`}>
                  {a.code}
                </th>
                <td className={`${CELL} report-title`}>{a.title}</td>
                <td className={CELL}>{a.leadAgency}</td>
                <td className={CELL}>
                  {COMPLIANCE_LABELS[a.state]}
                  {a.submittedLate && ", submitted late"}
                </td>
              </tr>
            ))}
          </ReportTable>
        </Group>
      )}
    </ReportSection>
  );
}
