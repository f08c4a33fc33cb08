import { dashboardSummary } from "@/lib/dal/dashboard/summary";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { dashboardHref } from "@/lib/dashboard/filters";

type Tile = { n: number; label: string; of: string; href: string };

/**
 * The four numbers a monitor looks at first, each linking to the widget that explains it. The
 * numbers are words too ("5 of 33 actions overdue"), never colour alone.
 */
export async function SummaryTiles({ scope }: { scope: DashboardScope }) {
  const s = await dashboardSummary(scope);
  const tiles: Tile[] = [
    {
      n: s.overdue,
      label: "Overdue actions",
      of: `of ${s.actions} actions`,
      href: dashboardHref("/dashboard/actions", scope.filters, { flag: "overdue" }),
    },
    {
      n: s.notReported,
      label: `Not reported for ${scope.period.label}`,
      of: "actions with nothing submitted",
      href: "#compliance-heading",
    },
    { n: s.awaitingReview, label: "Awaiting review", of: "updates with approvers or TEC", href: "/review" },
    {
      n: s.indicatorsOffTrack,
      label: "Indicators off track",
      of: `of ${s.indicators} indicators`,
      href: "#indicators-heading",
    },
  ];
  return (
    <section aria-labelledby="summary-heading" className="mt-6">
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.label}>
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
