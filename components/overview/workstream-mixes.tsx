import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ProvenanceTag } from "@/components/provenance-tag";
import { StatusMix } from "@/components/status/status-mix";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import type { PublicPlan } from "@/lib/public/types";

/** Each workstream with its lead agency and the mix of its actions (each action counted once, here). */
export async function WorkstreamMixes({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  const agency = new Map(plan.agencies.map((a) => [a.slug, a]));
  return (
    <section aria-labelledby="workstreams-heading" className="mt-10">
      <h2 id="workstreams-heading" className="text-2xl font-bold">
        {t("workstreams")}
      </h2>
      <ol className="mt-4 grid gap-4 md:grid-cols-2">
        {plan.workstreams.map((w) => {
          const actions = plan.actions.filter((a) => a.workstream === w.number);
          const lead = agency.get(w.leadAgency);
          const headingId = `workstream-${w.number}`;
          return (
            <li key={w.number} aria-labelledby={headingId} className="rounded border border-slate-300 p-4">
              <h3 id={headingId} className="text-lg font-semibold">
                <Link href={`/workstreams/${w.number}`}>
                  {w.number}. {w.title}
                </Link>
                <ProvenanceTag provenance={w.provenance} />
              </h3>
              <p className="mt-1 text-[0.95rem]">
                {t("lead")}:{" "}
                <Link href={`/agencies/${w.leadAgency}`}>
                  <abbr title={lead?.name} className="no-underline">
                    {lead?.acronym}
                  </abbr>
                </Link>{" "}
                · {t("actionsCount", { count: actions.length })}
              </p>
              <div className="mt-2">
                <StatusMix rollUp={rollUpActions(actions)} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
