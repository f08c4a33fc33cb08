import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { getTranslations } from "next-intl/server";
import { ActionStatus } from "@/components/status/status-badge";
import { overdueDaysOf } from "@/lib/status/overdue";
import { formatDate } from "@/lib/format/dates";
import type { PublicAction } from "@/lib/public/types";

export type TimelineTableRow = Pick<
  PublicAction,
  | "code"
  | "title"
  | "titleMi"
  | "workstream"
  | "foundational"
  | "predecessors"
  | "baselineStart"
  | "baselineDue"
  | "forecastDue"
  | "slipDays"
  | "status"
> & { atRiskFrom: string[] };

/** Every value on the chart, as a table: the equivalent a screen reader (or anyone) can read. */
export async function TimelineTable({ rows }: { rows: TimelineTableRow[] }) {
  const t = await getTranslations("timeline.table");
  const cell = "px-2 py-2 align-top";
  return (
    <section aria-labelledby="timeline-table-heading" className="mt-10">
      <h2 id="timeline-table-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <ScrollRegion labelledBy="timeline-table-caption">
        <table className="w-full min-w-[960px] border-collapse text-left text-sm">
          <caption id="timeline-table-caption" className="mb-2 text-left text-base text-[var(--color-muted)]">
            {t("caption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-700 align-bottom">
              <th scope="col" className={cell}>
                {t("code")}
              </th>
              <th scope="col" className={cell}>
                {t("title")}
              </th>
              <th scope="col" className={cell}>
                {t("workstream")}
              </th>
              <th scope="col" className={cell}>
                {t("foundational")}
              </th>
              <th scope="col" className={cell}>
                {t("predecessors")}
              </th>
              <th scope="col" className={cell}>
                {t("baselineStart")}
              </th>
              <th scope="col" className={cell}>
                {t("baselineDue")}
              </th>
              <th scope="col" className={cell}>
                {t("forecastDue")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("slip")}
              </th>
              <th scope="col" className={cell}>
                {t("status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.code} className="border-b border-slate-300">
                <th scope="row" className={`${cell} font-semibold whitespace-nowrap`}>
                  <Link href={`/actions/${a.code}`} className="inline-block min-h-6 py-0.5">
                    {a.code}
                  </Link>
                </th>
                <td className={`${cell} min-w-56`}>
                  {a.title}
                  {a.titleMi && (
                    <span lang="mi" className="block text-[var(--color-muted)]">
                      {a.titleMi}
                    </span>
                  )}
                </td>
                <td className={`${cell} tabular-nums`}>{a.workstream}</td>
                <td className={cell}>{a.foundational ? `◆ ${t("yes")}` : t("no")}</td>
                <td className={cell}>
                  {a.predecessors.length > 0 ? a.predecessors.join(", ") : t("none")}
                  {a.atRiskFrom.length > 0 && (
                    <span className="block font-semibold">⚠ {t("atRisk", { codes: a.atRiskFrom.join(", ") })}</span>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap`}>{formatDate(a.baselineStart)}</td>
                <td className={`${cell} whitespace-nowrap`}>{formatDate(a.baselineDue)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  {a.forecastDue && a.forecastDue !== a.baselineDue ? formatDate(a.forecastDue) : t("sameAsBaseline")}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{a.slipDays}</td>
                <td className={cell}>
                  <ActionStatus
                    stage={a.status.stage}
                    confidence={a.status.confidence}
                    systemState={a.status.systemState}
                    overdueDays={overdueDaysOf(a)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
