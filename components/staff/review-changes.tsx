import { formatDate } from "@/lib/format/dates";
import type { ReviewItem } from "@/lib/dal/review-queue";
import { hasChanges, wordDiff } from "@/lib/text/word-diff";

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** How far the proposed forecast moves from the one published now, in words. */
function moveText(days: number | null): string {
  if (days === null) return "";
  if (days === 0) return " (unchanged)";
  return ` (${plural(Math.abs(days), "day")} ${days > 0 ? "later" : "earlier"} than published now)`;
}

/** The dates a reviewer checks before approving or publishing, and the milestones already late. */
export function ReviewDates({ item }: { item: ReviewItem }) {
  const { dates } = item;
  return (
    <section aria-label="Dates" className="mt-3">
      <h4 className="font-semibold">Dates</h4>
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt>Baseline due</dt>
        <dd>{formatDate(dates.baselineDue)}</dd>
        <dt>Forecast published now</dt>
        <dd>{dates.publishedForecast ? formatDate(dates.publishedForecast) : "None (due as planned)"}</dd>
        <dt>Forecast in this update</dt>
        <dd>
          {dates.proposedForecast ? formatDate(dates.proposedForecast) : "None"}
          {moveText(dates.moveDays)}
        </dd>
      </dl>
      {item.milestoneForecasts.length > 0 && (
        <>
          <p className="mt-2 font-semibold">Milestone forecasts this update moves</p>
          <ul className="list-disc pl-6">
            {item.milestoneForecasts.map((m) => (
              <li key={m.title}>
                {m.title}: {m.from ? formatDate(m.from) : "no forecast"} to {formatDate(m.to)}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.overdueMilestones.length > 0 && (
        <>
          <p className="mt-2 font-semibold">Overdue milestones</p>
          <ul className="list-disc pl-6">
            {item.overdueMilestones.map((m) => (
              <li key={m.title}>
                {m.title}: due {formatDate(m.due)}, overdue by {plural(m.days, "day")}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const FIELDS = [
  ["publicNarrative", "Public narrative"],
  ["explanation", "Explanation"],
  ["recoveryStep", "Recovery step"],
] as const;

/** What the public text says differently from the last published update: removed words struck, added words marked. */
export function TextChanges({ item }: { item: ReviewItem }) {
  const last = item.lastPublished;
  if (!last) return null;
  const changes = FIELDS.map(([key, label]) => ({ label, parts: wordDiff(last[key] ?? "", item[key] ?? "") })).filter(
    (c) => hasChanges(c.parts),
  );
  return (
    <section aria-label="Changes in the public text" className="mt-3">
      <h4 className="font-semibold">Changes in the public text since the last published update</h4>
      {changes.length === 0 ? (
        <p>The public text is the same as last published.</p>
      ) : (
        <dl>
          {changes.map((c) => (
            <div key={c.label} className="mt-2">
              <dt className="font-semibold">{c.label}</dt>
              <dd className="whitespace-pre-line">
                {c.parts.map((p, i) =>
                  p.kind === "added" ? (
                    <ins key={i} className="bg-green-100 text-green-950 underline">
                      <span className="sr-only">[added: </span>
                      {p.text}
                      <span className="sr-only">]</span>
                    </ins>
                  ) : p.kind === "removed" ? (
                    <del key={i} className="bg-red-50 text-red-900 line-through">
                      <span className="sr-only">[removed: </span>
                      {p.text}
                      <span className="sr-only">]</span>
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
