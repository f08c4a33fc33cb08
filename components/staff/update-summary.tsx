import { StatusBadge } from "@/components/status/status-badge";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { UpdateView } from "@/lib/dal/updates";

/** An update in review, read-only, as its author sent it. Text renders as text, never as HTML. */
export function UpdateSummary({ update }: { update: UpdateView }) {
  return (
    <section aria-labelledby="update-summary" className="mt-6 rounded border-2 border-slate-300 p-4">
      <h2 id="update-summary" className="text-xl font-bold">
        What you submitted
      </h2>
      {update.submittedAt && (
        <p className="mt-1 text-sm">Submitted {formatDateTime(update.submittedAt.toISOString())}</p>
      )}
      <p className="mt-2 flex flex-wrap gap-1.5">
        <StatusBadge status={update.stage} />
        {update.confidence && <StatusBadge status={update.confidence} />}
      </p>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">Forecast due date</dt>
          <dd>{update.forecastDue ? formatDate(update.forecastDue) : "None given"}</dd>
        </div>
        <div>
          <dt className="font-semibold">Public narrative</dt>
          <dd className="whitespace-pre-line">{update.publicNarrative || "None given"}</dd>
        </div>
        {update.explanation && (
          <div>
            <dt className="font-semibold">Explanation</dt>
            <dd className="whitespace-pre-line">{update.explanation}</dd>
          </div>
        )}
        {update.recoveryStep && (
          <div>
            <dt className="font-semibold">Recovery step</dt>
            <dd className="whitespace-pre-line">{update.recoveryStep}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
