import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { ActionFilterForm } from "@/components/actions/action-filter-form";
import { ActionTable } from "@/components/actions/action-table";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { searchActionCodes } from "@/lib/dal/search";
import { actionsPageHref, hasFilters, readActionQuery } from "@/lib/public/action-query";
import { filterActions } from "@/lib/public/filter-actions";
import { indexPlan } from "@/lib/public/plan-lookups";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";
import { Pager } from "@/components/pager";
import { ACTIONS_PAGE_SIZE, pageOf, pageParam, pageSpan } from "@/lib/paging/pages";

/** The list reads its filters from the query, so it is rendered for each request. */
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, meta, plan] = await Promise.all([
    uiText("actions.list"),
    getTranslations("pages.meta"),
    getPublicPlan(),
  ]);
  // Every filtered view has the whole list as its canonical page.
  return pageMetadata({
    title: t("title"),
    description: meta("actions", { count: plan?.actions.length ?? 0 }),
    path: "/actions",
  });
}

export default async function ActionsPage({ searchParams }: Props) {
  const { t, L } = await uiText("actions.list");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("title")} />;
  const index = indexPlan(plan);
  const raw = await searchParams;
  const { filters, errors } = readActionQuery(raw, plan);
  const searchCodes = filters.q ? await searchActionCodes(filters.q) : undefined;
  const results = filterActions(plan.actions, filters, searchCodes);
  // A long list comes a page at a time, the filters kept in each page's address.
  const paged = pageOf(results, { page: pageParam(raw.page), pageSize: ACTIONS_PAGE_SIZE });
  const { rows: shown, page } = paged;
  const { from, to } = pageSpan(paged);
  const filtered = hasFilters(filters);
  const errorFields = Object.entries(errors).filter(([, messages]) => messages && messages.length > 0);

  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro", { count: plan.actions.length })}</p>
      </PageIntro>

      {errorFields.length > 0 && (
        <div
          role="alert"
          aria-labelledby="filter-errors-heading"
          className="mt-6 border-l-4 border-red-800 bg-red-50 px-4 py-3"
        >
          <h2 id="filter-errors-heading" className="text-lg font-bold">
            {L("errorsTitle")}
          </h2>
          <p className="mt-1">{L("errorsBody")}</p>
          <ul className="mt-2 list-disc pl-6">
            {errorFields.map(([field, messages]) => (
              <li key={field}>
                <a href={`#f-${field}`}>{L(`field.${field}`)}</a>: {messages!.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}

      <ActionFilterForm filters={filters} errors={errors} workstreams={plan.workstreams} agencies={plan.agencies} />

      <section aria-labelledby="results-heading" className="mt-8">
        <div role="status">
          <h2 id="results-heading" className="text-2xl font-bold">
            {filtered
              ? L("resultsFiltered", { count: results.length, total: plan.actions.length })
              : L("resultsAll", { count: results.length })}
          </h2>
        </div>
        {filtered && (
          <p className="mt-2">
            <Link href="/actions" className="inline-block min-h-6">
              {L("clear")}
            </Link>
          </p>
        )}
        {results.length === 0 ? (
          <p className="mt-4">{L("none")}</p>
        ) : (
          <>
            {shown.length < results.length && <p className="mt-2">{L("range", { from, to, total: results.length })}</p>}
            <ActionTable actions={shown} index={index} caption={filtered ? t("captionFiltered") : t("captionAll")} />
            <Pager
              namespace="actions.list.pager"
              list={t("pagesOf")}
              page={page}
              total={results.length}
              pageSize={ACTIONS_PAGE_SIZE}
              href={(n) => actionsPageHref(raw, n)}
            />
          </>
        )}
      </section>
    </>
  );
}
