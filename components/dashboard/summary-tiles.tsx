import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";
import { dashboardSummary } from "@/lib/dal/dashboard/summary";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";

type Tile = { key: string; n: number; label: ReactNode; of: ReactNode; href: string };

/**
 * The four numbers a monitor looks at first, each linking to the widget that explains it. The
 * numbers are words too ("5 of 33 actions overdue"), never colour alone.
 */
export async function SummaryTiles({ scope }: { scope: DashboardScope }) {
  const [s, { L }] = await Promise.all([dashboardSummary(scope), uiText("dashboard.summary")]);
  const tiles: Tile[] = [
    {
      key: "overdue",
      n: s.overdue,
      label: L("overdue"),
      of: L("overdueOf", { actions: s.actions }),
      href: dashboardHref("/dashboard/actions", scope.filters, { flag: "overdue" }),
    },
    {
      key: "not-reported",
      n: s.notReported,
      label: L("notReported", { period: scope.period.label }),
      of: L("notReportedOf"),
      href: "#compliance-heading",
    },
    {
      key: "awaiting-review",
      n: s.awaitingReview,
      label: L("awaitingReview"),
      of: L("awaitingReviewOf"),
      href: "/review",
    },
    {
      key: "indicators-off-track",
      n: s.indicatorsOffTrack,
      label: L("indicatorsOffTrack"),
      of: L("indicatorsOf", { indicators: s.indicators }),
      href: "#indicators-heading",
    },
  ];
  return (
    <section aria-labelledby="summary-heading" className="mt-6">
      <h2 id="summary-heading" className="sr-only">
        {L("heading")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.key}>
            <a
              href={t.href}
              className="block h-full rounded border-2 border-slate-400 p-4 no-underline hover:border-[var(--color-brand)] focus-visible:border-[var(--color-brand)]"
            >
              <span className="block text-sm font-semibold text-[var(--color-ink)]">{t.label}</span>
              <span className="block text-4xl font-bold text-[var(--color-ink)] tabular-nums">{t.n}</span>
              <span className="block text-sm text-[var(--color-muted)]">{t.of}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
