import { useLocale } from "next-intl";
import PlainLink from "@/components/link";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/routing";
import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";

/**
 * One dashboard widget: a heading, what it shows, the picture and its table, and a CSV download of
 * the same numbers. Each widget loads on its own, so a slow one never holds the others up. The
 * heading is the widget's name in `dashboard.widgets`.
 */
export async function WidgetFrame({
  id,
  description,
  csvHref,
  children,
}: {
  id: WidgetId;
  description: ReactNode;
  csvHref?: string;
  children: ReactNode;
}) {
  const [{ t, L }, frame] = await Promise.all([uiText("dashboard.widgets"), uiText("dashboard.frame")]);
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 border-t-2 border-slate-200 pt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2 id={`${id}-heading`} className="text-2xl font-bold">
          {L(id)}
        </h2>
        {csvHref && (
          <Link href={csvHref} className="inline-block min-h-6 py-1">
            {frame.L("downloadCsv")} <span className="sr-only">({t(id)})</span>
          </Link>
        )}
      </div>
      <div className="mt-2 max-w-3xl text-[var(--color-muted)]">{description}</div>
      {children}
    </section>
  );
}

/** The dashboard's widgets, in page order: each names its heading (`<id>-heading`) and title key. */
export const WIDGET_IDS = [
  "mix-workstream",
  "mix-agency",
  "compliance",
  "unreported",
  "milestones",
  "dependency-risk",
  "confidence-trend",
  "indicators",
] as const;
export type WidgetId = (typeof WIDGET_IDS)[number];

/** What a widget shows while its numbers load (streamed in behind it). */
export async function WidgetLoading({ id }: { id: WidgetId }) {
  const [{ L }, frame] = await Promise.all([uiText("dashboard.widgets"), uiText("dashboard.frame")]);
  return (
    <section aria-busy="true" className="mt-10 border-t-2 border-slate-200 pt-6">
      <h2 className="text-2xl font-bold">{L(id)}</h2>
      <p className="mt-2 text-[var(--color-muted)]">{frame.L("loading")}</p>
    </section>
  );
}

/**
 * A number that opens the list of actions behind it; a plain zero stays plain. A page has hundreds:
 * each is a plain component that reads the language once per request (`useLocale`), where the async
 * `Link` would make each one wait on its own.
 */
export function DrillNumber({ n, href, what }: { n: number; href: string; what: string }) {
  const locale = useLocale();
  if (n === 0) return <span className="text-[var(--color-muted)]">0</span>;
  return (
    <PlainLink href={localizedHref(href, locale)} className="drill-number">
      {n}
      <span className="sr-only"> {what}</span>
    </PlainLink>
  );
}
