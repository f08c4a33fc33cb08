import { ProvenanceTag } from "@/components/provenance-tag";
import type { PlanOverview } from "@/lib/dal/plan-overview";

export function WorkstreamTable({ workstreams }: { workstreams: PlanOverview["workstreams"] }) {
  return (
    <section aria-labelledby="workstreams-heading" className="mt-10">
      <h2 id="workstreams-heading" className="text-2xl font-bold">
        Workstreams
      </h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">The workstreams, their lead agency and how many actions each has</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">
                Workstream
              </th>
              <th scope="col" className="py-2 pr-4">
                Lead agency
              </th>
              <th scope="col" className="py-2 text-right">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {workstreams.map((w) => (
              <tr key={w.number} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <span className="font-semibold">{w.number}.</span> {w.title}
                  <ProvenanceTag provenance={w.provenance} />
                </th>
                <td className="py-3 pr-4">
                  <abbr title={w.leadAgency.name} className="font-semibold no-underline">
                    {w.leadAgency.acronym}
                  </abbr>
                  <span className="block text-sm text-[var(--color-muted)]">{w.leadAgency.name}</span>
                  {w.leadAgency.nameMi && w.leadAgency.nameMi !== w.leadAgency.name && (
                    <span lang="mi" className="block text-sm text-[var(--color-muted)]">
                      {w.leadAgency.nameMi}
                    </span>
                  )}
                </td>
                <td className="py-3 text-right tabular-nums">{w.actionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
