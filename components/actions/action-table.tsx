import { getLocale } from "next-intl/server";
import { LocaleLink } from "@/i18n/navigation";
import { ProgressText } from "@/components/plan/action-progress";
import { DueText } from "@/components/plan/due-dates";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { ActionStatusChips, statusText } from "@/components/status/status-badge";
import { overdueDaysOf } from "@/lib/status/overdue";
import type { PlanIndex } from "@/lib/public/plan-lookups";
import type { PublicAction } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

/**
 * Actions as a table: code, title, workstream, lead, status, progress and due date. Used by /actions
 * and by every page that lists a set of actions, so they all read the same way.
 *
 * A page may hold a hundred rows, so a row costs little: the words are read once for the table and
 * the rows render synchronously (an awaited component per cell would be a separate chunk of the
 * page each), and the cells' look is the `.action-table` style rather than classes on every cell.
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
  const [{ L }, progress, due, status, locale, changes] = await Promise.all([
    uiText("plan.table"),
    uiText("plan.progress"),
    uiText("plan.due"),
    statusText(),
    getLocale(),
    uiText("plan.changes"),
  ]);
  const workstreamLabel = L("workstream");
  const foundational = L("foundational");
  return (
    <ScrollRegion label={caption}>
      <table className="action-table">
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{L("code")}</th>
            <th scope="col" className="min-w-56">
              {L("title")}
            </th>
            {showWorkstream && <th scope="col">{workstreamLabel}</th>}
            {showLead && <th scope="col">{L("lead")}</th>}
            <th scope="col">{L("status")}</th>
            <th scope="col">{L("progress")}</th>
            <th scope="col">{L("due")}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => {
            const lead = index.agency(a.leadAgency);
            return (
              <tr key={a.code}>
                <th scope="row">{a.code}</th>
                <td>
                  <LocaleLink locale={locale} href={`/actions/${a.code}`}>
                    {a.title}
                  </LocaleLink>
                  {a.titleMi && (
                    <span lang="mi" className="note">
                      {a.titleMi}
                    </span>
                  )}
                  {a.foundational && <span className="block text-sm font-semibold">{foundational}</span>}
                </td>
                {showWorkstream && (
                  <td>
                    <LocaleLink locale={locale} href={`/workstreams/${a.workstream}`} className="min-w-6">
                      <span className="sr-only">{workstreamLabel} </span>
                      {a.workstream}
                    </LocaleLink>
                  </td>
                )}
                {showLead && (
                  <td>
                    {lead ? (
                      <LocaleLink locale={locale} href={`/agencies/${lead.slug}`} className="font-semibold">
                        <abbr title={lead.name} className="no-underline">
                          {lead.acronym}
                        </abbr>
                      </LocaleLink>
                    ) : (
                      a.leadAgency
                    )}
                  </td>
                )}
                <td>
                  <ActionStatusChips {...a.status} overdueDays={overdueDaysOf(a)} text={status} />
                  {a.planState !== "active" && (
                    <p className="mt-1 text-sm font-semibold">
                      {a.planState === "superseded"
                        ? changes.L("supersededShort", { codes: a.supersededBy.join(", ") })
                        : changes.L("notProceedingShort")}
                    </p>
                  )}
                </td>
                <td>
                  <ProgressText action={a} L={progress.L} />
                </td>
                <td>
                  <DueText action={a} L={due.L} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
