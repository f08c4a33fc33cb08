import { formatDate } from "@/lib/format/dates";
import type { Metadata } from "next";
import { ScrollRegion } from "@/components/plan/scroll-region";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { ActionStatus } from "@/components/status/status-badge";
import { getActor } from "@/lib/dal/actor";
import { drillActions, type DrillAction } from "@/lib/dal/dashboard/drill";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { isWorkflowError } from "@/lib/dal/updates";
import { categoryLabel } from "@/lib/dashboard/categories";
import { dashboardHref, parseDashboardFilters, parseDrillCriteria, type DrillCriteria } from "@/lib/dashboard/filters";
import { milestoneCutoff } from "@/lib/dashboard/milestone-flags";
import { COMPLIANCE_LABELS, type ComplianceState } from "@/lib/periods/compliance";
import { actionOverdueDays } from "@/lib/status/overdue";

export const metadata: Metadata = { title: "Actions behind a dashboard number" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FLAG_WORDS: Record<string, string> = {
  "milestones-overdue": "with a milestone overdue",
  "milestones-slipping": "with a milestone forecast later than its baseline",
  "dependency-risk": "held up by a predecessor",
  overdue: "overdue: past their due date and not finished",
  "never-reported": "never reported",
  "submitted-late": "first submitted after the grace period",
};

/** The selection in words, so the list says what the number counted. */
function describe(scope: DashboardScope, criteria: DrillCriteria): string {
  const parts: string[] = [];
  if (criteria.state) parts.push(categoryLabel(criteria.state as never).toLowerCase());
  if (criteria.stage) parts.push(`stage ${categoryLabel(criteria.stage as never).toLowerCase()}`);
  if (criteria.confidence) parts.push(`rated ${categoryLabel(criteria.confidence as never).toLowerCase()}`);
  if (criteria.reporting && criteria.reporting in COMPLIANCE_LABELS)
    parts.push(`reporting ${COMPLIANCE_LABELS[criteria.reporting as ComplianceState].toLowerCase()}`);
  if (criteria.flag && FLAG_WORDS[criteria.flag]) parts.push(FLAG_WORDS[criteria.flag]!);
  const lead = criteria.lead && scope.agencies.find((a) => a.slug === criteria.lead);
  if (lead) parts.push(`led by ${lead.acronym}`);
  const ws = scope.workstreams.find((w) => w.id === scope.workstreamId);
  if (ws) parts.push(`in workstream ${ws.number}`);
  const agency = scope.agencies.find((a) => a.id === scope.agencyId);
  if (agency) parts.push(`involving ${agency.acronym}`);
  return parts.length ? parts.join(", ") : "all actions";
}

export default async function DrillPage({ searchParams }: Props) {
  const params = await searchParams;
  const criteria = parseDrillCriteria(params);
  let scope: DashboardScope;
  let actions: DrillAction[];
  try {
    scope = await loadDashboardScope(await getActor(), parseDashboardFilters(params));
    actions = await drillActions(scope, criteria);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }
  const what = describe(scope, criteria);
  // Overdue as at the period's end for a closed period, today for the open one.
  const cutoff = milestoneCutoff(scope.period, new Date());
  return (
    <>
      <p>
        <Link href={dashboardHref("/dashboard", scope.filters)} className="inline-block min-h-6">
          Back to the dashboard
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Actions behind the number</h1>
      <p className="mt-4 max-w-3xl">
        {actions.length} {actions.length === 1 ? "action" : "actions"}: {what} ({scope.period.label}
        {scope.period.closedAt ? ", as frozen at its close" : ", as published now"}).
      </p>
      {actions.length > 0 && (
        <ScrollRegion label="Actions (table)" className="mt-6">
          <table className="data-table w-full min-w-[44rem]">
            <caption className="sr-only">Actions: {what}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Lead</th>
                <th scope="col">Status</th>
                <th scope="col">Baseline due</th>
                <th scope="col">Forecast due</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.code}>
                  <th scope="row">
                    <Link href={`/actions/${a.code}`}>
                      {a.code} {a.title}
                    </Link>
                  </th>
                  <td>{a.leadAgency}</td>
                  <td>
                    <ActionStatus
                      stage={a.stage}
                      confidence={a.confidence}
                      systemState={a.systemState}
                      overdueDays={actionOverdueDays(a, cutoff)}
                    />
                  </td>
                  <td className="whitespace-nowrap">{formatDate(a.baselineDue)}</td>
                  <td className="whitespace-nowrap">{a.forecastDue ? formatDate(a.forecastDue) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
