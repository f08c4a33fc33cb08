import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { AgencyRef } from "@/components/plan/agency-ref";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { ProvenanceTag } from "@/components/provenance-tag";
import { RollUpSummary } from "@/components/plan/roll-up-summary";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { actionsOfWorkstream, indexPlan } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, meta, plan] = await Promise.all([
    uiText("plan.workstreams"),
    getTranslations("pages.meta"),
    getPublicPlan(),
  ]);
  return pageMetadata({
    title: t("title"),
    description: meta("workstreams", { count: plan?.workstreams.length ?? 0 }),
    path: "/workstreams",
  });
}

export default async function WorkstreamsPage() {
  const { t, L } = await uiText("plan.workstreams");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("title")} />;
  const index = indexPlan(plan);

  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro", { count: plan.workstreams.length })}</p>
      </PageIntro>
      <ul className="mt-8 grid gap-6 lg:grid-cols-2">
        {plan.workstreams.map((w) => {
          const actions = actionsOfWorkstream(plan.actions, w.number);
          const rollUp = rollUpActions(actions);
          const lead = index.agency(w.leadAgency);
          return (
            <li key={w.number} className="rounded border border-slate-300 p-4">
              <h2 className="text-xl font-bold">
                <Link href={`/workstreams/${w.number}`}>
                  {L("workstream", { number: w.number })}: <span>{w.title}</span>
                </Link>
                <ProvenanceTag provenance={w.provenance} />
              </h2>
              {w.titleMi && (
                <p lang="mi" className="mt-1 text-[var(--color-muted)]">
                  {w.titleMi}
                </p>
              )}
              <dl className="mt-3 grid gap-x-4 gap-y-2 text-[0.95rem] sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{L("lead")}</dt>
                <dd>{lead ? <AgencyRef agency={lead} /> : w.leadAgency}</dd>
                <dt className="font-semibold">{L("recommendations")}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-2">
                    {w.recommendations.map((n) => (
                      <li key={n}>
                        <Link
                          href={`/recommendations/${n}`}
                          className="inline-block min-h-6 min-w-6 text-center"
                          aria-label={t("recommendationLink", { number: n })}
                        >
                          {n}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt className="font-semibold">{L("actions")}</dt>
                <dd className="tabular-nums">{actions.length}</dd>
                <dt className="font-semibold">{L("progress")}</dt>
                <dd>
                  {rollUp.progress.meanPercent === null
                    ? L("noProgress")
                    : L("meanProgress", { percent: rollUp.progress.meanPercent, count: rollUp.progress.basedOn })}
                </dd>
              </dl>
              <h3 className="mt-4 font-semibold">{L("statusMix")}</h3>
              <div className="mt-1 text-[0.95rem]">
                <RollUpSummary rollUp={rollUp} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
