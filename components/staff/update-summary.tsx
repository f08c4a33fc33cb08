import { StatusBadge } from "@/components/status/status-badge";
import { uiText } from "@/i18n/ui-text";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { UpdateView } from "@/lib/dal/updates";

/** An update in review, read-only, as its author sent it. Text renders as text, never as HTML. */
export async function UpdateSummary({ update }: { update: UpdateView }) {
  const { t, lang, L } = await uiText("staff.updateSummary");
  return (
    <section aria-labelledby="update-summary" className="mt-6 rounded border-2 border-slate-300 p-4">
      <h2 id="update-summary" lang={lang("title")} className="text-xl font-bold">
        {t("title")}
      </h2>
      {update.submittedAt && (
        <p lang={lang("submitted")} className="mt-1 text-sm">
          {t("submitted", { when: formatDateTime(update.submittedAt.toISOString()) })}
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-1.5">
        <StatusBadge status={update.stage} />
        {update.confidence && <StatusBadge status={update.confidence} />}
      </p>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">{L("forecastDue")}</dt>
          <dd>{update.forecastDue ? formatDate(update.forecastDue) : L("noneGiven")}</dd>
        </div>
        <div>
          <dt className="font-semibold">{L("publicNarrative")}</dt>
          <dd className="whitespace-pre-line">{update.publicNarrative || L("noneGiven")}</dd>
        </div>
        {update.explanation && (
          <div>
            <dt className="font-semibold">{L("explanation")}</dt>
            <dd className="whitespace-pre-line">{update.explanation}</dd>
          </div>
        )}
        {update.recoveryStep && (
          <div>
            <dt className="font-semibold">{L("recoveryStep")}</dt>
            <dd className="whitespace-pre-line">{update.recoveryStep}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
