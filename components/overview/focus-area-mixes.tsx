import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ProvenanceTag } from "@/components/provenance-tag";
import { StatusMix } from "@/components/status/status-mix";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import type { PublicPlan } from "@/lib/public/types";

/** Each focus area, its recommendations, and the mix of the actions serving them. */
export async function FocusAreaMixes({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  return (
    <section aria-labelledby="focus-areas-heading" className="mt-10">
      <h2 id="focus-areas-heading" className="text-2xl font-bold">
        {t("focusAreas")}
      </h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        {plan.focusAreas.map((area) => {
          const recs = plan.recommendations.filter((r) => r.focusArea === area.number);
          const numbers = new Set(recs.map((r) => r.number));
          const actions = plan.actions.filter((a) => a.recommendations.some((n) => numbers.has(n)));
          const headingId = `focus-area-${area.number}`;
          return (
            <article
              key={area.number}
              aria-labelledby={headingId}
              className="rounded border border-slate-300 bg-[var(--color-wash)] p-4"
            >
              <h3 id={headingId} className="text-lg font-semibold">
                {area.number}. {area.title}
                <ProvenanceTag provenance={area.provenance} />
              </h3>
              <p className="mt-2 text-[0.95rem] text-[var(--color-muted)]">{area.description}</p>
              <p className="mt-3 text-[0.95rem]">{t("focusAreaActions", { count: actions.length })}</p>
              <div className="mt-2">
                <StatusMix rollUp={rollUpActions(actions)} />
              </div>
              <h4 className="mt-4 font-semibold">{t("recommendations")}</h4>
              <ul className="mt-2 space-y-2" aria-label={`Recommendations under ${area.title}`}>
                {recs.map((r) => (
                  <li key={r.number} className="text-[0.95rem]">
                    <Link href={`/recommendations/${r.number}`}>
                      <span className="font-semibold">Recommendation {r.number}:</span> {r.title}
                    </Link>
                    <ProvenanceTag provenance={r.provenance} />
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </div>
    </section>
  );
}
