import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { NoPlan } from "@/components/plan/no-plan";
import { PageIntro } from "@/components/plan/page-intro";
import { ProvenanceTag } from "@/components/provenance-tag";
import { RollUpSummary } from "@/components/plan/roll-up-summary";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { actionsForRecommendation, indexPlan } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, meta, plan] = await Promise.all([
    uiText("plan.recommendations"),
    getTranslations("pages.meta"),
    getPublicPlan(),
  ]);
  return pageMetadata({
    title: t("title"),
    description: meta("recommendations", {
      count: plan?.recommendations.length ?? 0,
      focusAreas: plan?.focusAreas.length ?? 0,
    }),
    path: "/recommendations",
  });
}

export default async function RecommendationsPage() {
  const { t, L } = await uiText("plan.recommendations");
  const plan = await getPublicPlan();
  if (!plan) return <NoPlan title={t("title")} />;
  const index = indexPlan(plan);

  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro", { count: plan.recommendations.length, focusAreas: plan.focusAreas.length })}</p>
      </PageIntro>
      {plan.focusAreas.map((area) => {
        const recommendations = plan.recommendations.filter((r) => r.focusArea === area.number);
        return (
          <section key={area.number} aria-labelledby={`focus-area-${area.number}`} className="mt-10">
            <h2 id={`focus-area-${area.number}`} className="text-2xl font-bold">
              <span className="text-[var(--color-muted)]">{L("focusArea", { number: area.number })}</span>{" "}
              <span>{area.title}</span>
              <ProvenanceTag provenance={area.provenance} />
            </h2>
            {area.titleMi && (
              <p lang="mi" className="mt-1 text-lg text-[var(--color-muted)]">
                {area.titleMi}
              </p>
            )}
            <p className="mt-2 max-w-3xl">{area.description}</p>
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {recommendations.map((r) => {
                const actions = actionsForRecommendation(plan.actions, r.number);
                return (
                  <li key={r.number} className="rounded border border-slate-300 bg-[var(--color-wash)] p-4">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/recommendations/${r.number}`}>
                        {L("recommendation", { number: r.number })}: <span>{r.title}</span>
                      </Link>
                      <ProvenanceTag provenance={r.provenance} />
                    </h3>
                    {r.titleMi && (
                      <p lang="mi" className="mt-1 text-[var(--color-muted)]">
                        {r.titleMi}
                      </p>
                    )}
                    <p className="mt-2 text-[0.95rem]">
                      <span className="font-semibold">{L("workstreams")}:</span>{" "}
                      {r.workstreams.length === 0
                        ? L("noWorkstreams")
                        : r.workstreams.map((n, i) => (
                            <span key={n}>
                              {i > 0 && ", "}
                              <Link href={`/workstreams/${n}`} className="inline-block min-h-6">
                                {n}. <span>{index.workstream(n)?.title}</span>
                              </Link>
                            </span>
                          ))}
                    </p>
                    <p className="mt-2 text-[0.95rem]">
                      <span className="font-semibold">{L("actionCount", { count: actions.length })}</span>
                    </p>
                    {actions.length > 0 && (
                      <div className="mt-2 text-[0.95rem]">
                        <RollUpSummary rollUp={rollUpActions(actions)} showWorst={false} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
