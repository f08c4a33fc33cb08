import type { PublicCriterion } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

/** The completion criteria agreed in advance, each met or not, with its evidence. */
export async function CompletionCriteria({ criteria }: { criteria: PublicCriterion[] }) {
  const { L } = await uiText("actions.detail");
  return (
    <section aria-labelledby="criteria-heading" className="mt-10">
      <h2 id="criteria-heading" className="text-2xl font-bold">
        {L("criteriaHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">{L("criteriaHint")}</p>
      {criteria.length === 0 ? (
        <p className="mt-2">{L("noCriteria")}</p>
      ) : (
        <ol className="mt-4 max-w-3xl space-y-4">
          {criteria.map((c) => (
            <li key={c.position} className="border-l-4 border-slate-300 pl-4">
              <p>
                <span className="font-semibold tabular-nums">{c.position}.</span> {c.description}
              </p>
              <p className="mt-1">
                {c.met ? (
                  <span className="inline-block rounded border-2 border-emerald-700 bg-emerald-50 px-2 py-0.5 text-sm font-semibold text-emerald-900">
                    <span aria-hidden="true">✓ </span>
                    {L("met")}
                  </span>
                ) : (
                  <span className="inline-block rounded border-2 border-dotted border-slate-600 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900">
                    {L("notMet")}
                  </span>
                )}
              </p>
              {c.met && (c.evidenceUrl || c.evidenceReference) && (
                <p className="mt-1 text-[0.95rem]">
                  <span className="font-semibold">{L("evidence")}:</span>{" "}
                  {c.evidenceUrl ? (
                    <a href={c.evidenceUrl} className="break-words">
                      {c.evidenceReference ?? c.evidenceUrl}
                    </a>
                  ) : (
                    <span>{c.evidenceReference}</span>
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
