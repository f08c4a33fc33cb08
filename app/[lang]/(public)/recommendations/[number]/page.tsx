import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgencyRef } from "@/components/plan/agency-ref";
import { PageIntro } from "@/components/plan/page-intro";
import { ProvenanceNote } from "@/components/plan/provenance-note";
import { ActionsWithStatus } from "@/components/plan/actions-with-status";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { actionsForRecommendation, indexPlan, parseNumberParam } from "@/lib/public/plan-lookups";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

type Props = { params: Promise<{ number: string }> };

async function load(params: Props["params"]) {
  const n = parseNumberParam((await params).number);
  const plan = await getPublicPlan();
  const recommendation = n === null ? undefined : plan?.recommendations.find((r) => r.number === n);
  if (!plan || !recommendation) notFound();
  return { plan, recommendation };
}

/** None at build time (there is no database then): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, recommendation: r } = await load(params);
  const [{ t }, meta] = await Promise.all([uiText("plan.recommendations"), getTranslations("pages.meta")]);
  const count = actionsForRecommendation(plan.actions, r.number).length;
  return pageMetadata({
    title: `${t("recommendation", { number: r.number })}: ${r.title}`,
    description: `${meta("recommendation", { number: r.number, focusArea: r.focusArea, count })} ${r.description}`,
    path: `/recommendations/${r.number}`,
  });
}

export default async function RecommendationPage({ params }: Props) {
  const { plan, recommendation: r } = await load(params);
  const { t, L } = await uiText("plan.recommendations");
  const index = indexPlan(plan);
  const area = plan.focusAreas.find((f) => f.number === r.focusArea);
  const actions = actionsForRecommendation(plan.actions, r.number);

  return (
    <>
      <p className="mb-4">
        <Link href="/recommendations" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <PageIntro eyebrow={L("recommendation", { number: r.number })} title={r.title} titleMi={r.titleMi} />
      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("focusAreaLabel")}</dt>
        <dd>
          {area ? (
            <>
              {area.number}. <span>{area.title}</span>
              {area.titleMi && (
                <span lang="mi" className="block text-[var(--color-muted)]">
                  {area.titleMi}
                </span>
              )}
            </>
          ) : (
            r.focusArea
          )}
        </dd>
      </dl>
      <p className="mt-4 max-w-3xl text-lg">{r.description}</p>
      <ProvenanceNote provenance={r.provenance} sourceUrl={r.sourceUrl} />

      <section aria-labelledby="workstreams-heading" className="mt-10">
        <h2 id="workstreams-heading" className="text-2xl font-bold">
          {L("workstreams")}
        </h2>
        {r.workstreams.length === 0 ? (
          <p className="mt-2">{L("noWorkstreams")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {r.workstreams.map((n) => {
              const w = index.workstream(n);
              const lead = w && index.agency(w.leadAgency);
              return (
                <li key={n} className="border-l-4 border-slate-300 pl-4">
                  <Link href={`/workstreams/${n}`} className="inline-block min-h-6 font-semibold">
                    {L("workstream", { number: n })}: <span>{w?.title}</span>
                  </Link>
                  {lead && (
                    <p className="mt-1">
                      <span className="font-semibold">{L("lead")}:</span> <AgencyRef agency={lead} />
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ActionsWithStatus
        actions={actions}
        index={index}
        caption={t("actionsCaption", { number: r.number })}
        labels={{ howItIsGoing: L("howItIsGoing"), actions: L("actions"), noActions: L("noActions") }}
      />
    </>
  );
}
