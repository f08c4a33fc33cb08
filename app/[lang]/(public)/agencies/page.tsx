import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { RollUpSummary } from "@/components/plan/roll-up-summary";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { involvedAgencies } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, meta, plan] = await Promise.all([
    uiText("plan.agencies"),
    getTranslations("pages.meta"),
    getPublicPlan(),
  ]);
  return pageMetadata({
    title: t("title"),
    description: meta("agencies", { count: plan ? involvedAgencies(plan).length : 0 }),
    path: "/agencies",
  });
}

export default async function AgenciesPage() {
  const { t, L } = await uiText("plan.agencies");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("title")} />;
  const agencies = involvedAgencies(plan);

  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro", { count: agencies.length })}</p>
      </PageIntro>
      <ul className="mt-8 grid gap-6 md:grid-cols-2">
        {agencies.map(({ agency, workstreamsLed, actionsLed, actionsContributing }) => (
          <li key={agency.slug} className="rounded border border-slate-300 p-4">
            <h2 className="text-xl font-bold">
              <Link href={`/agencies/${agency.slug}`}>
                <span>{agency.name}</span> (<abbr className="no-underline">{agency.acronym}</abbr>)
              </Link>
            </h2>
            {agency.nameMi && agency.nameMi !== agency.name && (
              <p lang="mi" className="mt-1 text-[var(--color-muted)]">
                {agency.nameMi}
              </p>
            )}
            <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-[0.95rem]">
              <dt className="font-semibold">{L("workstreamsLed")}</dt>
              <dd className="tabular-nums">{workstreamsLed.length}</dd>
              <dt className="font-semibold">{L("actionsLed")}</dt>
              <dd className="tabular-nums">{actionsLed.length}</dd>
              <dt className="font-semibold">{L("actionsContributing")}</dt>
              <dd className="tabular-nums">{actionsContributing.length}</dd>
            </dl>
            <h3 className="mt-4 font-semibold">{L("ledStatus")}</h3>
            <div className="mt-1 text-[0.95rem]">
              {actionsLed.length === 0 ? (
                <p>{L("leadsNone")}</p>
              ) : (
                <RollUpSummary rollUp={rollUpActions(actionsLed)} showWorst={false} />
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
