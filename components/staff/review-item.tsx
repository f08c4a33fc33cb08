import type { ReactNode } from "react";
import { StatusBadge } from "@/components/status/status-badge";
import { uiText } from "@/i18n/ui-text";
import { isOpenUpdateState } from "@/lib/status/vocabulary";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { ReviewItem } from "@/lib/dal/review-queue";
import { PublishedBeside } from "./published-beside";
import { ReviewDates, TextChanges } from "./review-changes";
import { ReviewControls, type ReviewActions } from "./review-controls";

function Text({ label, value }: { label: ReactNode; value: string | null }) {
  if (!value) return null;
  return (
    <div className="mt-2">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{value}</dd>
    </div>
  );
}

/** One update in the queue, beside the action's last published update. All text renders as text. */
export async function ReviewItemCard({ item, actions }: { item: ReviewItem; actions: ReviewActions }) {
  const headingId = `review-${item.id}`;
  const [{ t, L }, states] = await Promise.all([uiText("review.item"), uiText("staff.updateState")]);
  return (
    <article aria-labelledby={headingId} className="mt-6 rounded border-2 border-slate-400 p-4">
      <h2 id={headingId} className="text-xl font-bold">
        {t("heading", { code: item.action.code, title: item.action.title })}
      </h2>
      <p className="mt-1 text-sm">
        {item.agency.acronym} · {isOpenUpdateState(item.state) ? states.L(item.state) : item.state}
        {item.submittedAt && <> · {L("submitted", { when: formatDateTime(item.submittedAt.toISOString()) })}</>}
      </p>
      <div className="mt-3 grid items-start gap-4 lg:grid-cols-2">
        {/* Not named regions: every card in the queue has the same parts; the headings name them. */}
        <section className="rounded border-2 border-[var(--color-brand)] p-4">
          <h3 className="text-lg font-bold">{L("thisUpdate")}</h3>
          <p className="mt-2 flex flex-wrap gap-1.5">
            <StatusBadge status={item.stage} />
            {item.confidence && <StatusBadge status={item.confidence} />}
          </p>
          <dl>
            <Text label={L("publicNarrative")} value={item.publicNarrative} />
            <Text label={L("explanation")} value={item.explanation} />
            <Text label={L("recoveryStep")} value={item.recoveryStep} />
            <Text label={L("notProceedingReason")} value={item.notProceedingReason} />
            <Text label={L("risks")} value={item.risks} />
            <Text label={L("nextSteps")} value={item.nextSteps} />
            <Text
              label={L("milestonesCompleted")}
              value={item.milestonesCompleted.map((m) => `${m.title} (${formatDate(m.completedOn)})`).join("\n")}
            />
          </dl>
          {item.evidence.length > 0 && (
            <>
              <p className="mt-2 font-semibold">{L("evidence")}</p>
              <ul className="list-disc pl-6">
                {item.evidence.map((e, i) => (
                  <li key={i}>
                    {e.url ? (
                      <a href={e.url} rel="noopener noreferrer">
                        {e.title}
                      </a>
                    ) : (
                      `${e.title} (${e.documentReference})`
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.internalNotes !== null && item.internalNotes !== "" && (
            <div className="mt-3 rounded border-2 border-dashed border-amber-800 bg-[var(--color-notice)] p-3">
              <p className="font-semibold">{L("internalNotes")}</p>
              <p className="whitespace-pre-line">{item.internalNotes}</p>
            </div>
          )}
        </section>
        <div className="[&>section]:mt-0">
          <PublishedBeside published={item.lastPublished} headingLevel={3} landmark={false} />
        </div>
      </div>
      <div className="mt-3 grid items-start gap-4 lg:grid-cols-2">
        <ReviewDates item={item} />
        <TextChanges item={item} />
      </div>
      <div className="mt-4">
        <ReviewControls
          actions={actions}
          target={{ updateId: item.id, version: item.version, actionCode: item.action.code }}
          allowed={item.allowed}
        />
      </div>
    </article>
  );
}
