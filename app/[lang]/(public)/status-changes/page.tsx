import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusChangeList } from "@/components/overview/status-change-list";
import { Pager } from "@/components/pager";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { OVERVIEW_LIST_PAGE_SIZE, pageOf, pageParam, pageSpan } from "@/lib/paging/pages";
import { statusChangesWorstFirst } from "@/lib/public/rank-status-changes";
import { pageMetadata } from "@/lib/seo/page-seo";

/** The page number is in the query, so the list is rendered for each request. */
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta, plan] = await Promise.all([
    getTranslations("overview"),
    getTranslations("pages.meta"),
    getPublicPlan(),
  ]);
  return pageMetadata({
    title: t("changes", { period: plan?.previousClosedPeriod ?? "the previous period" }),
    description: meta("statusChanges"),
    path: "/status-changes",
  });
}

/** Every status change between the two latest closed periods, worst first: the home page's full list. */
export default async function StatusChangesPage({ searchParams }: Props) {
  const t = await getTranslations("overview");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("changes", { period: "the previous period" })} />;
  const { latestClosedPeriod: latest, previousClosedPeriod: previous } = plan;
  const paged = pageOf(statusChangesWorstFirst(plan), {
    page: pageParam((await searchParams).page),
    pageSize: OVERVIEW_LIST_PAGE_SIZE,
  });
  const { from, to } = pageSpan(paged);
  const actions = await getTranslations("actions.list");
  return (
    <>
      <PageIntro title={t("changes", { period: previous ?? "the previous period" })}>
        {!latest || !previous ? (
          <p>{t("changesNotYet")}</p>
        ) : paged.total === 0 ? (
          <p>{t("changesNone", { previous, latest })}</p>
        ) : (
          <p>{t("changesPageIntro", { previous, latest, total: paged.total })}</p>
        )}
      </PageIntro>
      {paged.total > 0 && (
        <>
          {paged.rows.length < paged.total && (
            <p className="mt-6">{actions("range", { from, to, total: paged.total })}</p>
          )}
          <StatusChangeList changes={paged.rows} />
          <Pager
            namespace="overview.pager"
            list={t("pagerChanges")}
            page={paged.page}
            total={paged.total}
            pageSize={OVERVIEW_LIST_PAGE_SIZE}
            href={(n) => (n > 1 ? `/status-changes?page=${n}` : "/status-changes")}
          />
        </>
      )}
    </>
  );
}
