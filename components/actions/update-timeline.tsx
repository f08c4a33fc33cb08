import type { ReactNode } from "react";
import { AgencyRef } from "@/components/plan/agency-ref";
import { StatusBadge } from "@/components/status/status-badge";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { PlanIndex } from "@/lib/public/plan-lookups";
import type { PublicMilestone, PublicUpdate } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";
import { Link } from "@/i18n/navigation";
import { HISTORY_PAGE_SIZE } from "@/lib/public/history-page";

/**
 * One page of the action's published updates, newest first, with links to older and newer pages.
 * The narrative and other fields are text written by agency staff: React escapes them, and line breaks are kept with CSS, never by injecting HTML.
 */
export async function UpdateTimeline({
  updates: shown,
  total,
  milestones,
  index,
  page = 1,
  pageHref,
}: {
  /** The page's updates, read from the database for this page alone. */
  updates: PublicUpdate[];
  /** How many published updates the action has in all. */
  total: number;
  milestones: PublicMilestone[];
  index: PlanIndex;
  page?: number;
  /** The address of another page of the history. */
  pageHref: (page: number) => string;
}) {
  const { L, t } = await uiText("actions.history");
  const from = (page - 1) * HISTORY_PAGE_SIZE;
  const older = from + HISTORY_PAGE_SIZE < total;
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="text-2xl font-bold">
        {L("heading")}
      </h2>
      {total === 0 ? (
        <p className="mt-2">{L("none")}</p>
      ) : (
        <>
          <p className="mt-2">
            {L("count", { count: total })}
            {total > HISTORY_PAGE_SIZE && (
              <> {L("showing", { from: from + 1, to: from + shown.length, count: total })}</>
            )}
          </p>
          <ol className="mt-4 max-w-3xl border-l-4 border-slate-300" reversed start={total - from}>
            {shown.map((u) => {
              const agency = index.agency(u.agency);
              const date = formatDateTime(u.publishedAt);
              const fields: [string, ReactNode, string | null][] = [
                ["risks", L("risks"), u.risks],
                ["nextSteps", L("nextSteps"), u.nextSteps],
                ["explanation", L("explanation"), u.explanation],
                ["recoveryStep", L("recoveryStep"), u.recoveryStep],
                ["notProceedingReason", L("notProceedingReason"), u.notProceedingReason],
              ];
              const completed = u.milestonesCompleted
                .map((p) => milestones.find((m) => m.position === p))
                .filter((m): m is PublicMilestone => m !== undefined);
              return (
                <li key={u.id} className="relative pb-8 pl-6 last:pb-0">
                  <span
                    aria-hidden="true"
                    className="absolute top-1.5 -left-[0.6rem] h-4 w-4 rounded-full border-2 border-white bg-slate-600"
                  />
                  <article aria-labelledby={`update-${u.id}`}>
                    <h3 id={`update-${u.id}`} className="text-lg font-semibold">
                      {u.period ? L("title", { period: u.period }) : L("titleNoPeriod")}
                    </h3>
                    <p className="text-sm text-[var(--color-muted)]">
                      {L("published")} <time dateTime={u.publishedAt}>{date}</time>
                      {agency && (
                        <>
                          {" · "}
                          {L("by")} <AgencyRef agency={agency} names={false} />
                        </>
                      )}
                    </p>
                    <p className="mt-2 flex flex-wrap gap-1.5">
                      <StatusBadge status={u.stage} />
                      {u.confidence && <StatusBadge status={u.confidence} />}
                    </p>
                    {u.narrative && <p className="mt-2 whitespace-pre-line">{u.narrative}</p>}
                    <dl className="mt-2 space-y-2 text-[0.95rem]">
                      {fields
                        .filter((f): f is [string, ReactNode, string] => !!f[2] && f[2].trim() !== "")
                        .map(([key, label, text]) => (
                          <div key={key}>
                            <dt className="font-semibold">{label}</dt>
                            <dd className="whitespace-pre-line">{text}</dd>
                          </div>
                        ))}
                      {u.forecastDue && (
                        <div>
                          <dt className="font-semibold">{L("forecastDue")}</dt>
                          <dd>{formatDate(u.forecastDue)}</dd>
                        </div>
                      )}
                      {completed.length > 0 && (
                        <div>
                          <dt className="font-semibold">{L("milestonesCompleted")}</dt>
                          <dd>
                            <ul className="list-disc pl-6">
                              {completed.map((m) => (
                                <li key={m.position}>
                                  {m.position}. {m.title}
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                      )}
                      {u.evidence.length > 0 && (
                        <div>
                          <dt className="font-semibold">{L("evidence")}</dt>
                          <dd>
                            <ul className="list-disc pl-6">
                              {u.evidence.map((e, i) => (
                                <li key={i}>
                                  {e.url ? (
                                    <a href={e.url} className="break-words">
                                      {e.title}
                                    </a>
                                  ) : (
                                    <span>{e.title}</span>
                                  )}
                                  {e.documentReference && (
                                    <span className="block text-sm text-[var(--color-muted)]">
                                      {L("documentReference")}: {e.documentReference}
                                    </span>
                                  )}
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                      )}
                    </dl>
                  </article>
                </li>
              );
            })}
          </ol>
          {(page > 1 || older) && (
            <nav aria-label={t("pagesLabel")} className="mt-6 flex flex-wrap gap-6">
              {page > 1 && (
                <Link href={pageHref(page - 1)} className="inline-block min-h-6">
                  {L("newer")}
                </Link>
              )}
              {older && (
                <Link href={pageHref(page + 1)} className="inline-block min-h-6">
                  {L("older")}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
