import type { CSSProperties } from "react";
import { uiText } from "@/components/plan/ui-text";
import { formatDate } from "@/lib/format/dates";
import { deliverySummary, type DeliverySummary } from "@/lib/public/delivery-summary";
import type { PublicPlan } from "@/lib/public/types";
import { nzToday } from "@/lib/status/overdue";

type Part = "complete" | "onSchedule" | "overdue" | "neverReported" | "notProceeding";

/** Each part's look: a colour and, so colour is never the only signal, a pattern or outline. */
const LOOK: Record<Part, CSSProperties> = {
  complete: { background: "#047857" },
  onSchedule: { background: "#0369a1" },
  overdue: { background: "repeating-linear-gradient(45deg, #991b1b 0 6px, #fecaca 6px 9px)" },
  neverReported: { background: "repeating-linear-gradient(90deg, #475569 0 2px, #e2e8f0 2px 6px)" },
  notProceeding: { background: "#d4d4d8", outline: "2px solid #52525b", outlineOffset: "-2px" },
};
const PARTS: Part[] = ["complete", "onSchedule", "overdue", "neverReported", "notProceeding"];

/**
 * The overview's opening answer to "how is it going": one plain sentence and one stacked bar of every
 * action once, readable on a phone's first screen. The bar is a picture of the list beside it.
 */
export async function DeliveryHeadline({ plan }: { plan: PublicPlan }) {
  const { t, L } = await uiText("overview.headline");
  const today = nzToday();
  const s: DeliverySummary = deliverySummary(plan.actions, today);
  const open = s.onSchedule + s.overdue;
  const counts: Record<Part, number> = {
    complete: s.complete,
    onSchedule: s.onSchedule,
    overdue: s.overdue,
    neverReported: s.neverReported,
    notProceeding: s.notProceeding,
  };
  const parts = [
    t("complete", { complete: s.complete, total: s.total }),
    open > 0 && t("underway", { count: open, overdue: s.overdue }),
    s.neverReported > 0 && t("neverReported", { count: s.neverReported, overdue: s.neverReportedOverdue }),
    s.notProceeding > 0 && t("notProceeding", { count: s.notProceeding }),
    t("asAt", { date: formatDate(today) }),
  ].filter(Boolean);
  const ends = plan.plan.endsOn;
  return (
    <section aria-labelledby="headline-heading" className="mt-6 rounded border-2 border-slate-700 p-4">
      <h2 id="headline-heading" className="sr-only">
        {L("heading")}
      </h2>
      <p className="text-lg font-semibold sm:text-xl">{parts.join(" · ")}</p>
      <div aria-hidden="true" className="mt-3 flex h-6 w-full overflow-hidden rounded border border-slate-700">
        {PARTS.filter((p) => counts[p] > 0).map((p) => (
          <div key={p} style={{ ...LOOK[p], flexGrow: counts[p], flexBasis: 0 }} />
        ))}
      </div>
      <ul aria-label={t("barLabel")} className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {PARTS.map((p) => (
          <li key={p} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block h-3.5 w-5 rounded-sm border border-slate-700"
              style={LOOK[p]}
            />
            {L(`legend.${p}`)}: <strong>{counts[p]}</strong>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        {ends < today ? L("ended", { date: formatDate(ends) }) : L("ends", { date: formatDate(ends) })}
      </p>
    </section>
  );
}
