import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { interfaceLang } from "@/i18n/lang";
import { uiText } from "@/components/plan/ui-text";
import { statusHref } from "@/lib/status/definitions";
import { labelKey, type StatusLabelKey } from "@/lib/status/label-key";
import { chipStyle } from "@/lib/status/palette";
import type { Confidence, Stage, SystemState } from "@/lib/status/vocabulary";

type BadgeKey = StatusLabelKey;

export async function StatusBadge({ status }: { status: BadgeKey }) {
  const t = await getTranslations("status");
  const label = t(labelKey(status));
  const lang = await interfaceLang();
  return (
    <Link
      lang={lang}
      href={statusHref(status)}
      title={t("definitionLink", { label })}
      // Colour is never the only signal: the badge carries its words, and a border style by severity.
      className="inline-flex min-h-6 items-center rounded border-2 px-2 py-0.5 text-sm font-semibold text-[var(--color-ink)] no-underline hover:underline"
      style={chipStyle(status)}
    >
      {label}
    </Link>
  );
}

/**
 * "Overdue by N days": a system state worked out from the dates (lib/status/overdue.ts). Solid dark
 * red with a double border, so it reads apart from every other badge without its colour.
 */
export async function OverdueBadge({ days }: { days: number }) {
  const { t, L } = await uiText("status");
  return (
    <Link
      href="/status#overdue"
      title={t("definitionLink", { label: t("system.overdueName") })}
      className="inline-flex min-h-6 items-center rounded border-4 border-double border-red-900 bg-red-800 px-2 py-0.5 text-sm font-semibold text-white no-underline hover:underline"
    >
      {L("system.overdue", { days })}
    </Link>
  );
}

/**
 * An action's current status: its stage, then its confidence, or the derived state that replaces it;
 * then "Overdue by N days" when it is past its due date (pass `overdueDays` from overdueDaysOf).
 */
export async function ActionStatus({
  stage,
  confidence,
  systemState,
  overdueDays = null,
}: {
  stage: Stage | null;
  confidence: Confidence | null;
  systemState: SystemState;
  overdueDays?: number | null;
}) {
  const overdue = overdueDays !== null && <OverdueBadge days={overdueDays} />;
  if (systemState === "not_yet_reported" || stage === null)
    return (
      <span className="inline-flex flex-wrap gap-1.5">
        <StatusBadge status="not_yet_reported" />
        {overdue}
      </span>
    );
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <StatusBadge status={stage} />
      {confidence && <StatusBadge status={confidence} />}
      {systemState === "stale" && <StatusBadge status="stale" />}
      {overdue}
    </span>
  );
}
