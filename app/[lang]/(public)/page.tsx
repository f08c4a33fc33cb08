import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { DeliveryHeadline } from "@/components/overview/delivery-headline";
import { FocusAreaMixes } from "@/components/overview/focus-area-mixes";
import { FoundationalActions } from "@/components/overview/foundational-actions";
import { OverallMix } from "@/components/overview/overall-mix";
import { RecentChanges } from "@/components/overview/recent-changes";
import { WorkstreamMixes } from "@/components/overview/workstream-mixes";
import { isDemoMode } from "@/lib/dal/db";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { formatDate, formatDateTime, formatMonth } from "@/lib/format/dates";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [t, plan] = await Promise.all([getTranslations("pages.meta"), getPublicPlan()]);
  return pageMetadata({
    title: t("siteTitle"),
    absoluteTitle: true,
    description: plan
      ? t("home", { actions: plan.actions.length, workstreams: plan.workstreams.length })
      : t("siteDescription"),
    path: "/",
  });
}

export default async function OverviewPage() {
  const plan = await getPublicPlan();
  const t = await getTranslations("overview");
  const common = await getTranslations("common");
  if (!plan) {
    return (
      <>
        <h1 className="text-3xl font-bold">No plan has been loaded yet</h1>
        <p className="mt-4">An administrator can import the Action Plan, or run the demo seed.</p>
      </>
    );
  }
  const { plan: p } = plan;
  const illustrative = [...plan.focusAreas, ...plan.recommendations, ...plan.workstreams, ...plan.actions].filter(
    (i) => i.provenance === "illustrative",
  ).length;

  return (
    <>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{p.title}</h1>
      {p.titleMi && (
        <p lang="mi" className="mt-2 text-xl text-[var(--color-muted)]">
          {p.titleMi}
        </p>
      )}
      <DeliveryHeadline plan={plan} />
      <p className="mt-4 max-w-3xl text-lg">
        The Action Plan puts the {plan.recommendations.length} recommendations of the {p.strategyTitle}
        {p.strategyTitleMi && (
          <>
            {" "}
            (<span lang="mi">{p.strategyTitleMi}</span>)
          </>
        )}{" "}
        into {plan.workstreams.length} workstreams of {plan.actions.length} actions, each with a lead agency, planned
        from {formatMonth(p.startsOn)} to {formatMonth(p.endsOn)}.
        {p.approvedOn && p.approvedBy && (
          <>
            {" "}
            Approved by the {p.approvedBy} on {formatDate(p.approvedOn)}; this is version {p.version}.
          </>
        )}
      </p>
      <p className="mt-3 font-semibold">
        {t("asAt", { date: formatDateTime(p.asAt) })}{" "}
        {plan.latestClosedPeriod ? t("latestPeriod", { period: plan.latestClosedPeriod }) : t("noClosedPeriod")}
      </p>

      {isDemoMode() && <Notice title={common("demo.title")}>{common("demo.body")}</Notice>}
      {illustrative > 0 && (
        <Notice title="Some of this content is illustrative">
          {illustrative} plan items are marked <strong>Illustrative</strong>: demo content written to show how the plan
          is tracked, because the real titles were not available to us. Items without the mark are confirmed from public
          sources.
        </Notice>
      )}

      <OverallMix rollUp={rollUpActions(plan.actions)} />
      <FocusAreaMixes plan={plan} />
      <WorkstreamMixes plan={plan} />
      <FoundationalActions plan={plan} />
      <RecentChanges plan={plan} />
    </>
  );
}
