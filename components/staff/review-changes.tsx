import { uiText } from "@/i18n/ui-text";
import { formatDate } from "@/lib/format/dates";
import type { ReviewItem } from "@/lib/dal/review-queue";
import { hasChanges, wordDiff } from "@/lib/text/word-diff";

/** The dates a reviewer checks before approving or publishing, and the milestones already late. */
export async function ReviewDates({ item }: { item: ReviewItem }) {
  const { t, L } = await uiText("review.dates");
  const { dates } = item;
  // How far the proposed forecast moves from the one published now, in words.
  const move =
    dates.moveDays === null
      ? null
      : dates.moveDays === 0
        ? L("unchanged")
        : L(dates.moveDays > 0 ? "later" : "earlier", { days: Math.abs(dates.moveDays) });
  return (
    <section className="mt-3">
      <h4 className="font-semibold">{L("heading")}</h4>
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt>{L("baselineDue")}</dt>
        <dd>{formatDate(dates.baselineDue)}</dd>
        <dt>{L("publishedForecast")}</dt>
        <dd>{dates.publishedForecast ? formatDate(dates.publishedForecast) : L("noPublishedForecast")}</dd>
        <dt>{L("proposedForecast")}</dt>
        <dd>
          {dates.proposedForecast ? formatDate(dates.proposedForecast) : L("none")}
          {move && <> {move}</>}
        </dd>
      </dl>
      {item.milestoneForecasts.length > 0 && (
        <>
          <p className="mt-2 font-semibold">{L("milestoneForecasts")}</p>
          <ul className="list-disc pl-6">
            {item.milestoneForecasts.map((m) => (
              <li key={m.title}>
                {L("milestoneMove", {
                  title: m.title,
                  from: m.from ? formatDate(m.from) : t("noForecast"),
                  to: formatDate(m.to),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.overdueMilestones.length > 0 && (
        <>
          <p className="mt-2 font-semibold">{L("overdueMilestones")}</p>
          <ul className="list-disc pl-6">
            {item.overdueMilestones.map((m) => (
              <li key={m.title}>{L("overdueMilestone", { title: m.title, due: formatDate(m.due), days: m.days })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const FIELDS = ["publicNarrative", "explanation", "recoveryStep"] as const;

/** What the public text says differently from the last published update: removed words struck, added words marked. */
export async function TextChanges({ item }: { item: ReviewItem }) {
  const last = item.lastPublished;
  if (!last) return null;
  const [{ L }, fields] = await Promise.all([uiText("review.changes"), uiText("review.item")]);
  const changes = FIELDS.map((key) => ({ key, parts: wordDiff(last[key] ?? "", item[key] ?? "") })).filter((c) =>
    hasChanges(c.parts),
  );
  return (
    <section className="mt-3">
      <h4 className="font-semibold">{L("heading")}</h4>
      {changes.length === 0 ? (
        <p>{L("same")}</p>
      ) : (
        <dl>
          {changes.map((c) => (
            <div key={c.key} className="mt-2">
              <dt className="font-semibold">{fields.L(c.key)}</dt>
              <dd className="whitespace-pre-line">
                {c.parts.map((p, i) =>
                  p.kind === "added" ? (
                    <ins key={i} className="bg-green-100 text-green-950 underline">
                      <span className="sr-only">{L("added")}</span>
                      {p.text}
                      <span className="sr-only">{L("end")}</span>
                    </ins>
                  ) : p.kind === "removed" ? (
                    <del key={i} className="bg-red-50 text-red-900 line-through">
                      <span className="sr-only">{L("removed")}</span>
                      {p.text}
                      <span className="sr-only">{L("end")}</span>
                    </del>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
