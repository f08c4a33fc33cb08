import Link from "next/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { complianceBoard, type ComplianceAgency } from "@/lib/dal/dashboard/compliance";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";
import { formatDateTime } from "@/lib/format/dates";
import { uiText } from "@/i18n/ui-text";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";
import { ComplianceChip } from "./compliance-chip";
import { CATEGORY_FILL } from "./palette";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber, WidgetFrame } from "./widget-frame";

const when = (d: Date | null) => (d ? formatDateTime(d.toISOString()) : "—");

async function SummaryTable({ scope, rows }: { scope: DashboardScope; rows: ComplianceAgency[] }) {
  const [{ t, L }, dashboard] = await Promise.all([uiText("dashboard.compliance"), uiText("dashboard")]);
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
                  n={r.actions.length}
                  href={drill({ lead: r.slug })}
                  what={dashboard.t("drillActions", { row: r.acronym })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

async function ActionGrid({ scope, rows }: { scope: DashboardScope; rows: ComplianceAgency[] }) {
  const [{ t, L }, dashboard] = await Promise.all([uiText("dashboard.compliance"), uiText("dashboard")]);
  const caption = t("gridCaption", { period: scope.period.label });
  return (
    <ScrollRegion label={dashboard.t("tableSuffix", { caption })} className="mt-3">
      <table className="data-table w-full min-w-[44rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{L("action")}</th>
            <th scope="col">{L("reporting")}</th>
            <th scope="col">{L("firstSubmitted")}</th>
            <th scope="col">{L("published")}</th>
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
  const [rows, { t, L }, dashboard] = await Promise.all([
    complianceBoard(scope),
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
          <SummaryTable scope={scope} rows={rows} />
          <h3 className="mt-6 text-xl font-semibold">{L("eachActionHeading")}</h3>
          <ActionGrid scope={scope} rows={rows} />
        </>
      )}
    </WidgetFrame>
  );
}
