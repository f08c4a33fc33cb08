import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ComplianceGrid } from "@/components/dashboard/compliance-grid";
import { TrendChartAndTable } from "@/components/dashboard/confidence-trend-widget";
import { DependencyRiskTable } from "@/components/dashboard/dependency-risk-table";
import { IndicatorDetails } from "@/components/dashboard/indicator-details";
import { MilestonesTable } from "@/components/dashboard/milestones-table";
import { UnreportedTable } from "@/components/dashboard/unreported-table";
import { Forbidden } from "@/components/forbidden";
import { Pager } from "@/components/pager";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { complianceGridPage } from "@/lib/dal/dashboard/compliance";
import { confidenceTrend } from "@/lib/dal/dashboard/confidence-trend";
import { dependencyRisks } from "@/lib/dal/dashboard/dependency-risk";
import { indicatorStatuses } from "@/lib/dal/dashboard/indicators";
import { flaggedMilestonesPage } from "@/lib/dal/dashboard/milestones";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { unreportedPage } from "@/lib/dal/dashboard/stale";
import { isWorkflowError } from "@/lib/dal/updates";
import { dashboardHref, parseDashboardFilters } from "@/lib/dashboard/filters";
import { isDashboardList, type DashboardList } from "@/lib/dashboard/lists";
import { pageOf, WIDGET_LIST_PAGE_SIZE, pageParam, pageSpan, type PageRequest, type Paged } from "@/lib/paging/pages";

type Props = {
  params: Promise<{ list: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = await params;
  const t = await getTranslations("dashboard");
  return { title: isDashboardList(list) ? t(`widgets.${list}`) : t("lists.metaTitle") };
}

type ListPage = { page: Paged<unknown>; table: ReactNode };

/** One page of a widget's list, and its table. */
async function readList(list: DashboardList, scope: DashboardScope, request: PageRequest): Promise<ListPage> {
  switch (list) {
    case "compliance": {
      const page = await complianceGridPage(scope, request);
      return { page, table: <ComplianceGrid scope={scope} rows={page.rows} /> };
    }
    case "unreported": {
      const page = await unreportedPage(scope, request);
      return { page, table: <UnreportedTable scope={scope} rows={page.rows} /> };
    }
    case "milestones": {
      const page = await flaggedMilestonesPage(scope, request);
      return { page, table: <MilestonesTable scope={scope} rows={page.rows} /> };
    }
    case "dependency-risk": {
      // The rule needs the whole plan's dependency graph: worked out in full, shown a page at a time.
      const risks = await dependencyRisks(scope);
      const page = pageOf(risks, request);
      return {
        page,
        table: <DependencyRiskTable scope={scope} rows={page.rows} />,
      };
    }
    case "confidence-trend": {
      const page = pageOf(await confidenceTrend(scope), request);
      return { page, table: <TrendChartAndTable scope={scope} rows={page.rows} /> };
    }
    case "indicators": {
      const page = pageOf(await indicatorStatuses(scope), request);
      return { page, table: <IndicatorDetails rows={page.rows} /> };
    }
  }
}

/** A dashboard widget's full list, a page at a time, with the dashboard's filters. */
export default async function DashboardListPage({ params, searchParams }: Props) {
  const [{ list }, query] = await Promise.all([params, searchParams]);
  if (!isDashboardList(list)) notFound();
  let scope: DashboardScope;
  let shown: ListPage;
  try {
    scope = await loadDashboardScope(await getActor(), parseDashboardFilters(query));
    shown = await readList(list, scope, { page: pageParam(query.page), pageSize: WIDGET_LIST_PAGE_SIZE });
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }
  const { t, lang, L } = await uiText("dashboard");
  const { page } = shown;
  const { from, to } = pageSpan(page);
  const href = (n: number) => dashboardHref(`/dashboard/lists/${list}`, scope.filters, { page: n > 1 ? n : null });
  return (
    <>
      <p>
        <Link href={dashboardHref("/dashboard", scope.filters)} className="inline-block min-h-6">
          {L("lists.back")}
        </Link>
      </p>
      <h1 lang={lang(`widgets.${list}`)} className="mt-2 text-3xl font-bold">
        {t(`widgets.${list}`)}
      </h1>
      <p className="mt-4 max-w-3xl">
        {L("lists.period", { period: scope.period.label, closed: scope.period.closedAt ? "yes" : "no" })}{" "}
        {page.total === 0 ? L("noMatch") : L("range", { from, to, total: page.total, order: t(`lists.order.${list}`) })}
      </p>
      <p className="mt-2">
        <Link href={dashboardHref(`/dashboard/csv/${list}`, scope.filters)} className="inline-block min-h-6">
          {(await uiText("dashboard.frame")).L("downloadCsv")} <span className="sr-only">({t(`widgets.${list}`)})</span>
        </Link>
      </p>
      {page.total > 0 && shown.table}
      <Pager
        namespace="dashboard.pager"
        list={t(`widgets.${list}`)}
        page={page.page}
        total={page.total}
        pageSize={page.pageSize}
        href={href}
      />
    </>
  );
}
