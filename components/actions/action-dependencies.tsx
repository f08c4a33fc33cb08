import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import type { ActionRelations } from "@/lib/public/action-relations";
import { uiText } from "@/components/plan/ui-text";

const WARNING = "mt-1 border-l-4 border-orange-700 bg-orange-50 px-3 py-1 text-[0.95rem] text-orange-950";

/** What this action waits for and what waits for it, with a warning where the dates collide. */
export async function ActionDependencies({
  relations,
  baselineStart,
  effectiveDue,
}: {
  relations: ActionRelations;
  baselineStart: string;
  effectiveDue: string;
}) {
  const { L } = await uiText("actions.detail");
  const { predecessors, successors } = relations;
  return (
    <section aria-labelledby="dependencies-heading" className="mt-10">
      <h2 id="dependencies-heading" className="text-2xl font-bold">
        {L("dependenciesHeading")}
      </h2>
      <h3 className="mt-4 text-lg font-semibold">{L("predecessorsHeading")}</h3>
      {predecessors.length === 0 ? (
        <p className="mt-1">{L("noPredecessors")}</p>
      ) : (
        <ul className="mt-2 max-w-3xl space-y-3">
          {predecessors.map((p) => (
            <li key={p.code}>
              <Link href={`/actions/${p.code}`} className="inline-block min-h-6">
                {p.code} <span>{p.title}</span>
              </Link>
              {p.foundational && <span className="ml-2 text-sm font-semibold">({L("foundational")})</span>}
              <span className="block text-sm text-[var(--color-muted)]">
                {L("predecessorDue", { date: formatDate(p.effectiveDue) })}
              </span>
              {p.late && (
                <p className={WARNING}>
                  <strong>{L("warning")}</strong>{" "}
                  {L("predecessorLate", {
                    code: p.code,
                    due: formatDate(p.effectiveDue),
                    start: formatDate(baselineStart),
                    days: p.daysLate,
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-lg font-semibold">{L("successorsHeading")}</h3>
      {successors.length === 0 ? (
        <p className="mt-1">{L("noSuccessors")}</p>
      ) : (
        <ul className="mt-2 max-w-3xl space-y-3">
          {successors.map((s) => (
            <li key={s.code}>
              <Link href={`/actions/${s.code}`} className="inline-block min-h-6">
                {s.code} <span>{s.title}</span>
              </Link>
              <span className="block text-sm text-[var(--color-muted)]">
                {L("successorStart", { date: formatDate(s.startsOn) })}
              </span>
              {s.late && (
                <p className={WARNING}>
                  <strong>{L("warning")}</strong>{" "}
                  {L("successorEarly", {
                    code: s.code,
                    start: formatDate(s.startsOn),
                    due: formatDate(effectiveDue),
                    days: s.daysOverlap,
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
