import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { interfaceLang } from "@/i18n/lang";
import type { RollUp } from "@/lib/rollup/roll-up";
import { MIX_ORDER } from "@/lib/rollup/roll-up";
import { CONFIDENCES, STAGES } from "@/lib/status/vocabulary";
import { uiText } from "@/components/plan/ui-text";
import { labelKey } from "@/lib/status/label-key";

/**
 * A roll-up as words and numbers: the confidence mix (or the stage mix), the worst item, and a
 * "how is this counted" disclosure that works without JavaScript.
 */
export async function StatusMix({
  rollUp,
  by = "confidence",
  showWorst = true,
  headingId,
}: {
  rollUp: RollUp;
  by?: "confidence" | "stage";
  showWorst?: boolean;
  headingId?: string;
}) {
  const t = await getTranslations("status");
  const lang = await interfaceLang();
  const { L } = await uiText("status");
  // Stale, not yet reported and finished are system states, never delivery-confidence values:
  // they are counted apart, after the confidence mix.
  const counts: [string, number][] =
    by === "confidence"
      ? CONFIDENCES.map((k) => [k, rollUp.byConfidence[k]])
      : [...STAGES, "not_yet_reported"].map((k) => [k, rollUp.byStage[k as keyof RollUp["byStage"]]]);
  const unrated: [string, number][] =
    by === "confidence"
      ? MIX_ORDER.filter((k) => !(CONFIDENCES as readonly string[]).includes(k)).map((k) => [k, rollUp.byConfidence[k]])
      : [];
  const shown = counts.filter(([, n]) => n > 0);
  const shownUnrated = unrated.filter(([, n]) => n > 0);
  return (
    <div role="group" aria-labelledby={headingId}>
      {shown.length === 0 ? (
        <p>No actions.</p>
      ) : (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {shown.map(([key, n]) => (
            <li key={key}>
              <span className="font-bold tabular-nums">{n}</span>{" "}
              <Link href={`/status#${key}`} lang={lang}>
                {t(labelKey(key as never))}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {shownUnrated.length > 0 && (
        <p className="mt-1 text-[0.95rem]">
          {L("withoutConfidence")}{" "}
          {shownUnrated.map(([key, n], i) => (
            <span key={key}>
              {i > 0 && " · "}
              <span className="font-bold tabular-nums">{n}</span>{" "}
              <Link href={`/status#${key}`} lang={lang}>
                {t(labelKey(key as never))}
              </Link>
            </span>
          ))}
        </p>
      )}
      {showWorst && rollUp.worst && (
        <p className="mt-2 text-[0.95rem]">
          Needs most attention:{" "}
          <Link href={`/actions/${rollUp.worst.code}`}>
            {rollUp.worst.code} {rollUp.worst.title}
          </Link>
        </p>
      )}
      <details className="mt-2 text-[0.95rem]">
        <summary className="inline-block min-h-6 cursor-pointer text-[var(--color-brand)] underline">
          How is this counted?
        </summary>
        <ul className="mt-1 list-disc pl-6 text-[var(--color-muted)]">
          {rollUp.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
