import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { nudgeAgencyAction } from "./nudge-actions";
import { ComplianceWidget } from "@/components/dashboard/compliance-widget";
import { ConfidenceTrendWidget } from "@/components/dashboard/confidence-trend-widget";
import { DependencyRiskWidget } from "@/components/dashboard/dependency-risk-widget";
import { DashboardFilterForm } from "@/components/dashboard/filter-form";
import { IndicatorsWidget } from "@/components/dashboard/indicators-widget";
import { MilestonesWidget } from "@/components/dashboard/milestones-widget";
import { StatusMixWidget } from "@/components/dashboard/status-mix-widget";
import { SummaryTiles } from "@/components/dashboard/summary-tiles";
import { UnreportedWidget } from "@/components/dashboard/unreported-widget";
import { WIDGET_IDS, WidgetLoading, type WidgetId } from "@/components/dashboard/widget-frame";
import { Forbidden } from "@/components/forbidden";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { isWorkflowError } from "@/lib/dal/updates";
import { parseDashboardFilters } from "@/lib/dashboard/filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every widget streams in behind its own Suspense boundary, in the order of WIDGET_IDS. */
const WIDGETS: Record<WidgetId, (scope: DashboardScope) => React.ReactNode> = {
  "mix-workstream": (s) => <StatusMixWidget scope={s} by="workstream" />,
  "mix-agency": (s) => <StatusMixWidget scope={s} by="agency" />,
  compliance: (s) => <ComplianceWidget scope={s} remindAction={nudgeAgencyAction} />,
  unreported: (s) => <UnreportedWidget scope={s} />,
  milestones: (s) => <MilestonesWidget scope={s} />,
  "dependency-risk": (s) => <DependencyRiskWidget scope={s} />,
  "confidence-trend": (s) => <ConfidenceTrendWidget scope={s} />,
  indicators: (s) => <IndicatorsWidget scope={s} />,
};

export default async function DashboardPage({ searchParams }: Props) {
  const query = await searchParams;
  const filters = parseDashboardFilters(query);
  let scope: DashboardScope;
  try {
    scope = await loadDashboardScope(await getActor(), filters);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }
  const { t, lang, L } = await uiText("dashboard");
  const { period } = scope;
  // After a monitor's "Remind": which agency, and whether it went (a fixed sentence, nothing echoed).
  const nudged = scope.agencies.find((a) => a.slug === query.nudged);
  const nudge = query.nudge === "sent" || query.nudge === "already" ? query.nudge : null;
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 max-w-3xl">
        {period.closedAt
          ? L("periodClosed", { period: period.label })
          : L("periodOpen", { period: period.label, phase: period.phase })}{" "}
        {L(scope.agencyLocked ? "agencyLocked" : "everyAction")}
      </p>
      {nudged && nudge && (
        <p role="status" className="my-4 max-w-3xl border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold">
          {L(`nudge.${nudge}`, { agency: nudged.acronym })}
        </p>
      )}
      <Suspense fallback={<p className="mt-6">{L("loadingSummary")}</p>}>
        <SummaryTiles scope={scope} />
      </Suspense>
      <nav aria-labelledby="contents-heading" className="mt-6">
        <h2 id="contents-heading" lang={lang("contents")} className="text-lg font-bold">
          {t("contents")}
        </h2>
        <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {WIDGET_IDS.map((id) => (
            <li key={id}>
              <a href={`#${id}-heading`} className="inline-block min-h-6 py-0.5">
                {L(`widgets.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <DashboardFilterForm scope={scope} />
      {WIDGET_IDS.map((id) => (
        <Suspense key={id} fallback={<WidgetLoading id={id} />}>
          {WIDGETS[id](scope)}
        </Suspense>
      ))}
    </>
  );
}
