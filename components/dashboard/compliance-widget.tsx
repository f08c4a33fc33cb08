import Link from "next/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { complianceBoard, type ComplianceAgency } from "@/lib/dal/dashboard/compliance";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";
import { formatDateTime } from "@/lib/format/dates";
import { COMPLIANCE_LABELS, COMPLIANCE_STATES } from "@/lib/periods/compliance";
import { ComplianceChip } from "./compliance-chip";
import { CATEGORY_FILL } from "./palette";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber, WidgetFrame } from "./widget-frame";

export const COMPLIANCE_TITLE = "Reporting compliance by lead agency";

const when = (d: Date | null) => (d ? formatDateTime(d.toISOString()) : "—");

function SummaryTable({ scope, rows }: { scope: DashboardScope; rows: ComplianceAgency[] }) {
  const caption = `Reporting compliance by lead agency, ${scope.period.label}`;
  const drill = (extra: Record<string, string>) => dashboardHref("/dashboard/actions", scope.filters, extra);
  return (
    <ScrollRegion label={`${caption} (table)`} className="mt-3">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Lead agency</th>
            {COMPLIANCE_STATES.map((s) => (
              <th key={s} scope="col">
                {COMPLIANCE_LABELS[s]}
              </th>
            ))}
            <th scope="col">Submitted late</th>
            <th scope="col">Actions</th>
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
                    what={`${COMPLIANCE_LABELS[s]}, ${r.acronym}`}
                  />
                </td>
              ))}
              <td className="text-right">
                <DrillNumber
                  n={r.submittedLate}
                  href={drill({ flag: "submitted-late", lead: r.slug })}
                  what={`submitted late, ${r.acronym}`}
                />
              </td>
              <td className="text-right">
                <DrillNumber n={r.actions.length} href={drill({ lead: r.slug })} what={`actions, ${r.acronym}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ActionGrid({ scope, rows }: { scope: DashboardScope; rows: ComplianceAgency[] }) {
  const caption = `Each action's reporting for ${scope.period.label}, by lead agency`;
  return (
    <ScrollRegion label={`${caption} (table)`} className="mt-3">
      <table className="data-table w-full min-w-[44rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Reporting</th>
            <th scope="col">First submitted (NZ time)</th>
            <th scope="col">Published (NZ time)</th>
          </tr>
        </thead>
        {rows.map((agency) => (
          <tbody key={agency.slug}>
            <tr>
              <th scope="rowgroup" colSpan={4} className="bg-[var(--color-wash)] text-left">
                {agency.acronym}: {agency.name}
              </th>
            </tr>
            {agency.actions.map((a) => (
              <tr key={a.code}>
                <th scope="row" className="font-normal">
                  <Link href={`/actions/${a.code}`}>
                    {a.code} {a.title}
                  </Link>
                </th>
                <td>
                  <ComplianceChip state={a.state} submittedLate={a.submittedLate} />
                </td>
                <td className="whitespace-nowrap">{when(a.submittedAt)}</td>
                <td className="whitespace-nowrap">{when(a.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}

export async function ComplianceWidget({ scope }: { scope: DashboardScope }) {
  const rows = await complianceBoard(scope);
  const { period } = scope;
  const columns = COMPLIANCE_STATES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return (
    <WidgetFrame
      id="compliance"
      title={COMPLIANCE_TITLE}
      csvHref={dashboardHref("/dashboard/csv/compliance", scope.filters)}
      description={
        <p>
          Where each action&apos;s update for {period.label} stands, under its lead agency. Due by{" "}
          {formatDateTime(period.dueAt.toISOString())}; late when nothing is submitted by the end of the grace period,{" "}
          {formatDateTime(period.graceUntil.toISOString())}.{" "}
          {period.closedAt ? `As frozen when ${period.label} closed.` : "As it stands now."} Select a number to see the
          actions behind it.
        </p>
      }
    >
      {rows.length === 0 ? (
        <p className="mt-4">No actions match these filters.</p>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-semibold">Counts by lead agency</h3>
          <StackedBarChart
            label={`Bar chart: reporting compliance by lead agency, ${period.label}. The table after it gives every number.`}
            rows={rows.map((r) => ({ name: r.acronym, ...r.counts }))}
            series={columns.map((s) => ({ key: s, label: COMPLIANCE_LABELS[s], fill: CATEGORY_FILL[s]! }))}
          />
          <SummaryTable scope={scope} rows={rows} />
          <h3 className="mt-6 text-xl font-semibold">Each action</h3>
          <ActionGrid scope={scope} rows={rows} />
        </>
      )}
    </WidgetFrame>
  );
}
