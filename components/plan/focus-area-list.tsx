import { ProvenanceTag } from "@/components/provenance-tag";
import type { PlanOverview } from "@/lib/dal/plan-overview";

export function FocusAreaList({ focusAreas }: { focusAreas: PlanOverview["focusAreas"] }) {
  return (
    <section aria-labelledby="focus-areas-heading" className="mt-10">
      <h2 id="focus-areas-heading" className="text-2xl font-bold">
        Focus areas and recommendations
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-3">
        {focusAreas.map((area) => (
          <article key={area.number} className="rounded border border-slate-300 bg-[var(--color-wash)] p-4">
            <h3 className="text-lg font-semibold">
              {area.number}. {area.title}
              <ProvenanceTag provenance={area.provenance} />
            </h3>
            <p className="mt-2 text-[0.95rem] text-[var(--color-muted)]">{area.description}</p>
            <ul className="mt-3 space-y-2" aria-label={`Recommendations under ${area.title}`}>
              {area.recommendations.map((r) => (
                <li key={r.number} className="text-[0.95rem]">
                  <span className="font-semibold">Recommendation {r.number}:</span> {r.title}
                  <ProvenanceTag provenance={r.provenance} />
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
