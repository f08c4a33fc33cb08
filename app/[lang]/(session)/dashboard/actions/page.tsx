import { formatDate } from "@/lib/format/dates";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { categoryText } from "@/components/dashboard/category-text";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { Link } from "@/i18n/navigation";
import { forbidden } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { ActionStatus } from "@/components/status/status-badge";
import { getActor } from "@/lib/dal/actor";
import { drillActionsPage, type DrillAction } from "@/lib/dal/dashboard/drill";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { isWorkflowError } from "@/lib/dal/updates";
import { dashboardHref, parseDashboardFilters, parseDrillCriteria, type DrillCriteria } from "@/lib/dashboard/filters";
import { milestoneCutoff } from "@/lib/dashboard/milestone-flags";
import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES } from "@/lib/dashboard/categories";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";
import type { ConfidenceCategory, StageCategory } from "@/lib/rollup/roll-up";
import { actionOverdueDays } from "@/lib/status/overdue";
import { Pager } from "@/components/pager";
import { DRILL_PAGE_SIZE, pageParam, pageSpan, type Paged } from "@/lib/paging/pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.drill");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FLAGS = [
  "milestones-overdue",
  "milestones-slipping",
  "dependency-risk",
  "overdue",
  "never-reported",
  "submitted-late",
] as const;

/** The selection in words, so the list says what the number counted. */
async function describe(scope: DashboardScope, criteria: DrillCriteria): Promise<string> {
  const [{ t }, category, compliance] = await Promise.all([
    uiText("dashboard.drill"),
    categoryText(),
    uiText("dashboard.compliance.states"),
  ]);
  // Only known categories are named; anything else in the address selects nothing and says nothing.
  const known = (key: string | undefined, among: readonly (ConfidenceCategory | StageCategory)[]) =>
    among.find((k) => k === key);
  const label = (key: ConfidenceCategory | StageCategory) => category.t(key).toLowerCase();
  const parts: string[] = [];
  const state = known(criteria.state, ["stale", "not_yet_reported"]);
  if (state) parts.push(t("state", { label: label(state) }));
  const stage = known(criteria.stage, STAGE_CATEGORIES);
  if (stage) parts.push(t("stage", { label: label(stage) }));
  const confidence = known(criteria.confidence, CONFIDENCE_CATEGORIES);
  if (confidence) parts.push(t("confidence", { label: label(confidence) }));
  const reporting = COMPLIANCE_STATES.find((s) => s === criteria.reporting);
  if (reporting) parts.push(t("reporting", { label: compliance.t(reporting).toLowerCase() }));
  const flag = FLAGS.find((f) => f === criteria.flag);
  if (flag) parts.push(t(`flags.${flag}`));
  const lead = criteria.lead && scope.agencies.find((a) => a.slug === criteria.lead);
  if (lead) parts.push(t("lead", { agency: lead.acronym }));
  const ws = scope.workstreams.find((w) => w.id === scope.workstreamId);
  if (ws) parts.push(t("workstream", { number: ws.number }));
  const agency = scope.agencies.find((a) => a.id === scope.agencyId);
  if (agency) parts.push(t("involving", { agency: agency.acronym }));
  return parts.length ? parts.join(t("separator")) : t("all");
}

export default async function DrillPage({ searchParams }: Props) {
  const params = await searchParams;
  const criteria = parseDrillCriteria(params);
  let scope: DashboardScope;
  let paged: Paged<DrillAction>;
  try {
    scope = await loadDashboardScope(await getActor(), parseDashboardFilters(params));
    paged = await drillActionsPage(scope, criteria, { page: pageParam(params.page), pageSize: DRILL_PAGE_SIZE });
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }
  const [what, { t, lang, L }] = await Promise.all([describe(scope, criteria), uiText("dashboard.drill")]);
  // Overdue as at the period's end for a closed period, today for the open one.
  const cutoff = milestoneCutoff(scope.period, new Date());
  const actions = paged.rows;
  const { from, to } = pageSpan(paged);
  const pageHref = (n: number) =>
    dashboardHref("/dashboard/actions", scope.filters, { ...criteria, page: n > 1 ? n : null });
  return (
    <>
      <p>
        <Link href={dashboardHref("/dashboard", scope.filters)} className="inline-block min-h-6">
          {L("back")}
        </Link>
      </p>
      <h1 lang={lang("title")} className="mt-2 text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 max-w-3xl">
        {L("count", {
          count: paged.total,
          what,
          period: scope.period.label,
          closed: scope.period.closedAt ? "yes" : "no",
        })}
        {paged.total > actions.length && <> {L("range", { from, to, total: paged.total })}</>}
      </p>
      {actions.length > 0 && (
        <ScrollRegion label={t("region")} className="mt-6">
          <table className="data-table w-full min-w-[44rem]">
            <caption className="sr-only">{L("caption", { what })}</caption>
            <thead>
              <tr>
                <th scope="col">{L("action")}</th>
                <th scope="col">{L("leadColumn")}</th>
                <th scope="col">{L("status")}</th>
                <th scope="col">{L("baselineDue")}</th>
                <th scope="col">{L("forecastDue")}</th>
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
      <Pager
        namespace="dashboard.pager"
        list={t("pages")}
        page={paged.page}
        total={paged.total}
        pageSize={paged.pageSize}
        href={pageHref}
      />
    </>
  );
}
