import { StatusBadge } from "@/components/status/status-badge";
import { uiText } from "@/i18n/ui-text";
import { formatDate } from "@/lib/format/dates";
import type { Confidence, Stage } from "@/lib/status/vocabulary";

export type PublishedSummaryView = {
  stage: Stage;
  confidence: Confidence | null;
  publicNarrative: string;
  explanation: string | null;
  recoveryStep?: string | null;
  forecastDue?: string | null;
  publishedAt: Date;
};

const publishedDate = new Intl.DateTimeFormat("en-NZ", { dateStyle: "long", timeZone: "Pacific/Auckland" });

/** The action's last published update, for comparison. Text is rendered as text, never as HTML. */
export async function PublishedBeside({
  published,
  headingLevel = 2,
  brief = false,
  landmark = true,
}: {
  published: PublishedSummaryView | null;
  headingLevel?: 2 | 3;
  /** A named region of the page; not when repeated, once per card, in a list (its heading still names it). */
  landmark?: boolean;
  /** Status and dates only: the form shows each text under its own field. */
  brief?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t, lang, L } = await uiText("staff.publishedBeside");
  return (
    <section
      aria-label={landmark ? t("title") : undefined}
      className="mt-6 max-w-3xl rounded border-2 border-slate-300 bg-[var(--color-wash)] p-4"
    >
      <Heading lang={lang("title")} className="text-lg font-bold">
        {t("title")}
      </Heading>
      {published ? (
        <>
          <p className="mt-1 text-sm text-[var(--color-muted)]">
            {L("published", { date: publishedDate.format(published.publishedAt) })}
          </p>
          <p className="mt-2 flex flex-wrap gap-1.5">
            <StatusBadge status={published.stage} />
            {published.confidence && <StatusBadge status={published.confidence} />}
          </p>
          {!brief && <p className="mt-2 whitespace-pre-line">{published.publicNarrative}</p>}
          {published.forecastDue && (
            <p className="mt-2">
              <span className="font-semibold">{L("forecastDue")} </span>
              {formatDate(published.forecastDue)}
            </p>
          )}
          {!brief && published.explanation && (
            <p className="mt-2 whitespace-pre-line">
              <span className="font-semibold">{L("explanation")} </span>
              {published.explanation}
            </p>
          )}
          {!brief && published.recoveryStep && (
            <p className="mt-2 whitespace-pre-line">
              <span className="font-semibold">{L("recoveryStep")} </span>
              {published.recoveryStep}
            </p>
          )}
        </>
      ) : (
        <p lang={lang("nothing")} className="mt-1">
          {t("nothing")}
        </p>
      )}
    </section>
  );
}
