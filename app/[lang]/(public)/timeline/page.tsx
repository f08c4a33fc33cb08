import { isFinished } from "@/lib/public/dependency-risk";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { GanttChart } from "@/components/timeline/gantt-chart";
import { GanttLegend } from "@/components/timeline/gantt-legend";
import { PageHeading } from "@/components/timeline/page-heading";
import { TimelineTable } from "@/components/timeline/timeline-table";
import { isDemoMode } from "@/lib/dal/db";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { formatDate, formatMonth } from "@/lib/format/dates";
import { addDays } from "@/lib/periods/calendar-date";
import { nzDateOf } from "@/lib/periods/nz-time";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { layoutGantt, PHONE_DIMENSIONS, summariseGantt } from "@/lib/timeline/gantt-layout";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("timeline"), getTranslations("pages.meta")]);
  return pageMetadata({ title: t("metaTitle"), description: meta("timeline"), path: "/timeline" });
}

export default async function TimelinePage() {
  const [t, tc, data] = await Promise.all([getTranslations("timeline"), getTranslations("common"), getPublicPlan()]);
  const heading = <PageHeading en={t("heading.en")} mi={t("heading.mi")} />;
  if (!data) {
    return (
      <>
        {heading}
        <p className="mt-4">{t("noPlan")}</p>
      </>
    );
  }

  const today = nzDateOf(new Date());
  const ganttInput = {
    actions: data.actions.map((a) => ({ ...a, finished: isFinished(a) })),
    workstreams: data.workstreams,
    planStart: data.plan.startsOn,
    planEnd: data.plan.endsOn,
    today,
  };
  const layout = layoutGantt(ganttInput);
  const phoneLayout = layoutGantt(ganttInput, PHONE_DIMENSIONS);
  const s = summariseGantt(layout);
  const summary = t("summary", { ...s, maxSlip: s.maxSlipDays });
  const chartLabel = t("chartLabel", {
    from: formatMonth(layout.range.start),
    to: formatMonth(addDays(layout.range.end, -1)),
    summary,
    today: formatDate(today),
  });
  const riskOf = new Map(layout.groups.flatMap((g) => g.rows).map((r) => [r.code, r.atRiskFrom]));
  const rows = [...data.actions]
    .sort((a, b) => a.workstream - b.workstream || compareActionCodes(a.code, b.code))
    .map((a) => ({ ...a, atRiskFrom: riskOf.get(a.code) ?? [] }));

  return (
    <>
      {heading}
      <p className="mt-4 max-w-3xl text-lg">
        {t("intro", { start: formatMonth(data.plan.startsOn), end: formatMonth(data.plan.endsOn) })}
      </p>
      <p className="mt-3 max-w-3xl">{summary}</p>
      {isDemoMode() && <Notice title={tc("demo.title")}>{tc("demo.body")}</Notice>}

      <GanttLegend />

      <p className="mt-6 text-sm text-[var(--color-muted)] sm:hidden">
        {t.rich("scrollHint", {
          table: (chunks) => <a href="#timeline-table-heading">{chunks}</a>,
        })}
      </p>
      <div
        role="region"
        aria-label={t("chartRegion")}
        tabIndex={0}
        className="relative mt-3 overflow-x-auto border border-slate-300 bg-white"
      >
        {/* Codes on a phone, titles from the small-screen breakpoint up: CSS alone chooses. */}
        <GanttChart layout={phoneLayout} label={chartLabel} labels="codes" className="block sm:hidden" />
        <GanttChart layout={layout} label={chartLabel} labels="titles" className="hidden sm:block" />
      </div>

      <TimelineTable rows={rows} />
    </>
  );
}
