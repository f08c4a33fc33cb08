import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Suspense } from "react";
import { COMPLIANCE_TITLE, ComplianceWidget } from "@/components/dashboard/compliance-widget";
import { ConfidenceTrendWidget } from "@/components/dashboard/confidence-trend-widget";
import { DependencyRiskWidget } from "@/components/dashboard/dependency-risk-widget";
import { DashboardFilterForm } from "@/components/dashboard/filter-form";
import { IndicatorsWidget } from "@/components/dashboard/indicators-widget";
import { MilestonesWidget } from "@/components/dashboard/milestones-widget";
import { StatusMixWidget } from "@/components/dashboard/status-mix-widget";
import { SummaryTiles } from "@/components/dashboard/summary-tiles";
import { UNREPORTED_TITLE, UnreportedWidget } from "@/components/dashboard/unreported-widget";
import { WidgetLoading } from "@/components/dashboard/widget-frame";
import { Forbidden } from "@/components/forbidden";
import { getActor } from "@/lib/dal/actor";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { isWorkflowError } from "@/lib/dal/updates";
import { parseDashboardFilters } from "@/lib/dashboard/filters";

export const metadata: Metadata = { title: "Monitoring dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every widget streams in behind its own Suspense boundary, in this order. */
const WIDGETS: { key: string; title: string; render: (scope: DashboardScope) => React.ReactNode }[] = [
  {
    key: "mix-workstream",
    title: "Status mix by workstream",
    render: (s) => <StatusMixWidget scope={s} by="workstream" />,
  },
  { key: "mix-agency", title: "Status mix by lead agency", render: (s) => <StatusMixWidget scope={s} by="agency" /> },
  { key: "compliance", title: COMPLIANCE_TITLE, render: (s) => <ComplianceWidget scope={s} /> },
  { key: "unreported", title: UNREPORTED_TITLE, render: (s) => <UnreportedWidget scope={s} /> },
  { key: "milestones", title: "Milestones overdue or slipping", render: (s) => <MilestonesWidget scope={s} /> },
  { key: "dependency-risk", title: "Dependency risk", render: (s) => <DependencyRiskWidget scope={s} /> },
  {
    key: "confidence-trend",
    title: "Confidence trend across periods",
    render: (s) => <ConfidenceTrendWidget scope={s} />,
  },
  { key: "indicators", title: "Indicators against target", render: (s) => <IndicatorsWidget scope={s} /> },
];

export default async function DashboardPage({ searchParams }: Props) {
  const filters = parseDashboardFilters(await searchParams);
  let scope: DashboardScope;
  try {
    scope = await loadDashboardScope(await getActor(), filters);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }
  const { period } = scope;
  return (
    <>
      <h1 className="text-3xl font-bold">Monitoring dashboard</h1>
      <p className="mt-4 max-w-3xl">
        {period.closedAt
          ? `${period.label} is closed: figures are as frozen at its close.`
          : `${period.label} is ${period.phase === "open" ? "open for updates" : period.phase === "grace" ? "in its grace period" : "past its grace period"}: figures are as published now.`}{" "}
        {scope.agencyLocked ? "You see the actions your agency leads or contributes to." : "You see every action."}
      </p>
      <Suspense fallback={<p className="mt-6">Loading the summary…</p>}>
        <SummaryTiles scope={scope} />
      </Suspense>
      <nav aria-labelledby="contents-heading" className="mt-6">
        <h2 id="contents-heading" className="text-lg font-bold">
          On this page
        </h2>
        <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {WIDGETS.map((w) => (
            <li key={w.key}>
              <a href={`#${w.key}-heading`} className="inline-block min-h-6 py-0.5">
                {w.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <DashboardFilterForm scope={scope} />
      {WIDGETS.map((w) => (
        <Suspense key={w.key} fallback={<WidgetLoading title={w.title} />}>
          {w.render(scope)}
        </Suspense>
      ))}
    </>
  );
}
