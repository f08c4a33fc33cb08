import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FoundationalList } from "@/components/overview/foundational-list";
import { Pager } from "@/components/pager";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { OVERVIEW_LIST_PAGE_SIZE, pageOf, pageParam, pageSpan } from "@/lib/paging/pages";
import { foundationalMostHeldUpFirst } from "@/lib/public/dependency-risk";
import { pageMetadata } from "@/lib/seo/page-seo";

/** The page number is in the query, so the list is rendered for each request. */
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("overview"), getTranslations("pages.meta")]);
  return pageMetadata({ title: t("foundational"), description: meta("foundational"), path: "/foundational" });
}

/** Every foundational action, holding up the most later actions first: the home page's full list. */
export default async function FoundationalPage({ searchParams }: Props) {
  const t = await getTranslations("overview");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("foundational")} />;
  const paged = pageOf(foundationalMostHeldUpFirst(plan.actions), {
    page: pageParam((await searchParams).page),
    pageSize: OVERVIEW_LIST_PAGE_SIZE,
  });
  const { from, to } = pageSpan(paged);
  const actions = await getTranslations("actions.list");
  return (
    <>
      <PageIntro title={t("foundational")}>
        <p>{t("foundationalIntro")}</p>
        <p className="mt-2">{t("foundationalPageIntro", { total: paged.total })}</p>
      </PageIntro>
      {paged.rows.length < paged.total && <p className="mt-6">{actions("range", { from, to, total: paged.total })}</p>}
      <FoundationalList risks={paged.rows} />
      <Pager
        namespace="overview.pager"
        list={t("pagerFoundational")}
        page={paged.page}
        total={paged.total}
        pageSize={OVERVIEW_LIST_PAGE_SIZE}
        href={(n) => (n > 1 ? `/foundational?page=${n}` : "/foundational")}
      />
    </>
  );
}
