import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/i18n/navigation";
import { uiText } from "@/components/plan/ui-text";
import { statusHref } from "@/lib/status/definitions";
import { labelKey, type StatusLabelKey } from "@/lib/status/label-key";
import { chipStyle } from "@/lib/status/palette";
import type { Confidence, Stage, SystemState } from "@/lib/status/vocabulary";

type BadgeKey = StatusLabelKey;

/**
 * The words every badge needs, read once: a list of a hundred actions passes them to the plain
 * (synchronous) badges below instead of each badge reading the catalogue again.
 */
export type StatusText = {
  t: (key: string, values?: Record<string, string | number>) => string;
  L: (key: string, values?: Record<string, string | number>) => ReactNode;
  lang: "mi" | undefined;
  locale: string;
};

export async function statusText(): Promise<StatusText> {
  const [t, { L }, locale] = await Promise.all([getTranslations("status"), uiText("status"), getLocale()]);
  return { t: (key, values) => t(key, values), L, lang: locale === "mi" ? "mi" : undefined, locale };
}

export function StatusChip({ status, text }: { status: BadgeKey; text: StatusText }) {
  const label = text.t(labelKey(status));
  return (
    <LocaleLink
      locale={text.locale}
      {...(text.lang && { lang: text.lang })}
      href={statusHref(status)}
      title={text.t("definitionLink", { label })}
      // Colour is never the only signal: the badge carries its words, and a border style by severity.
      className="status-chip"
      style={chipStyle(status)}
    >
      {label}
    </LocaleLink>
  );
}

/**
 * "Overdue by N days": a system state worked out from the dates (lib/status/overdue.ts), styled
 * apart from every other badge (`.overdue-chip`).
 */
export function OverdueChip({ days, text }: { days: number; text: StatusText }) {
  return (
    <LocaleLink
      locale={text.locale}
      href="/status#overdue"
      title={text.t("definitionLink", { label: text.t("system.overdueName") })}
      className="overdue-chip"
    >
      {text.L("system.overdue", { days })}
    </LocaleLink>
  );
}

type ActionStatusProps = {
  stage: Stage | null;
  confidence: Confidence | null;
  systemState: SystemState;
  overdueDays?: number | null;
};

/**
 * An action's current status: its stage, then its confidence, or the derived state that replaces it;
 * then "Overdue by N days" when it is past its due date (pass `overdueDays` from overdueDaysOf).
 */
export function ActionStatusChips({
  stage,
  confidence,
  systemState,
  overdueDays = null,
  text,
}: ActionStatusProps & { text: StatusText }) {
  const overdue = overdueDays !== null && <OverdueChip days={overdueDays} text={text} />;
  if (systemState === "not_yet_reported" || stage === null)
    return (
      <span className="inline-flex flex-wrap gap-1.5">
        <StatusChip status="not_yet_reported" text={text} />
        {overdue}
      </span>
    );
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <StatusChip status={stage} text={text} />
      {confidence && <StatusChip status={confidence} text={text} />}
      {systemState === "stale" && <StatusChip status="stale" text={text} />}
      {overdue}
    </span>
  );
}

export async function StatusBadge({ status }: { status: BadgeKey }) {
  return <StatusChip status={status} text={await statusText()} />;
}

export async function OverdueBadge({ days }: { days: number }) {
  return <OverdueChip days={days} text={await statusText()} />;
}

export async function ActionStatus(props: ActionStatusProps) {
  return <ActionStatusChips {...props} text={await statusText()} />;
}
