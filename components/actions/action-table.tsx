import { Link } from "@/i18n/navigation";
import { ActionProgress } from "@/components/plan/action-progress";
import { AgencyRef } from "@/components/plan/agency-ref";
import { DueDates } from "@/components/plan/due-dates";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { ActionStatus } from "@/components/status/status-badge";
import { overdueDaysOf } from "@/lib/status/overdue";
import type { PlanIndex } from "@/lib/public/plan-lookups";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

/**
 * Actions as a table: code, title, workstream, lead, status, progress and due date. Used by /actions
 * and by every page that lists a set of actions, so they all read the same way.
 */
export async function ActionTable({
  actions,
  caption,
  index,
  showWorkstream = true,
  showLead = true,
}: {
  actions: readonly PublicAction[];
  caption: string;
  index: PlanIndex;
  showWorkstream?: boolean;
  showLead?: boolean;
}) {
  const { L } = await uiText("plan.table");
  const th = "py-2 pr-4 align-bottom";
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className={th}>
              {L("code")}
            </th>
            <th scope="col" className={`${th} min-w-56`}>
              {L("title")}
            </th>
            {showWorkstream && (
              <th scope="col" className={th}>
                {L("workstream")}
              </th>
            )}
            {showLead && (
              <th scope="col" className={th}>
                {L("lead")}
              </th>
            )}
            <th scope="col" className={th}>
              {L("status")}
            </th>
            <th scope="col" className={th}>
              {L("progress")}
            </th>
            <th scope="col" className="py-2 align-bottom">
              {L("due")}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => {
            const lead = index.agency(a.leadAgency);
            return (
              <tr key={a.code} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-3 pr-4 font-semibold whitespace-nowrap tabular-nums">
                  {a.code}
                </th>
                <td className="py-3 pr-4">
                  <Link href={`/actions/${a.code}`} className="inline-block min-h-6">
                    {a.title}
                  </Link>
                  {a.titleMi && (
                    <span lang="mi" className="block text-sm text-[var(--color-muted)]">
                      {a.titleMi}
                    </span>
                  )}
                  {a.foundational && <span className="block text-sm font-semibold">{L("foundational")}</span>}
                </td>
                {showWorkstream && (
                  <td className="py-3 pr-4">
                    <Link href={`/workstreams/${a.workstream}`} className="inline-block min-h-6 min-w-6">
                      <span className="sr-only">{L("workstream")} </span>
                      {a.workstream}
                    </Link>
                  </td>
                )}
                {showLead && (
                  <td className="py-3 pr-4">{lead ? <AgencyRef agency={lead} names={false} /> : a.leadAgency}</td>
                )}
                <td className="py-3 pr-4">
                  <ActionStatus {...a.status} overdueDays={overdueDaysOf(a)} />
                </td>
                <td className="py-3 pr-4">
                  <ActionProgress action={a} />
                </td>
                <td className="py-3">
                  <DueDates action={a} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
