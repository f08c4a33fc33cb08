import Link from "next/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import type { PeriodRow } from "@/lib/dal/periods";
import { formatDateTime } from "@/lib/format/dates";
import { PHASE_LABELS } from "./period-phase";

const at = (d: Date) => formatDateTime(d.toISOString());

/** Every reporting period, newest first, with its deadlines in New Zealand time. */
export function PeriodsTable({ periods, actions }: { periods: PeriodRow[]; actions: number }) {
  return (
    <ScrollRegion labelledBy="periods-caption">
      <table className="w-full min-w-[60rem] border-collapse text-left text-sm">
        <caption id="periods-caption" className="mb-2 text-left text-base font-semibold">
          Reporting periods, newest first (times in New Zealand time: NZDT in summer, NZST in winter)
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {["Period", "Opens", "Updates due", "Grace period ends", "Closes", "Phase", "Updates", "Closed at"].map(
              (h) => (
                <th key={h} scope="col" className="py-2 pr-3">
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-3 pr-3 font-semibold whitespace-nowrap">
                {p.closedAt ? (
                  p.label
                ) : (
                  <Link href={`/admin/periods/${p.id}`} className="inline-block min-h-6">
                    {p.label}
                    <span className="sr-only">: edit or close</span>
                  </Link>
                )}
              </th>
              <td className="py-3 pr-3">{at(p.opensAt)}</td>
              <td className="py-3 pr-3">{at(p.dueAt)}</td>
              <td className="py-3 pr-3">{at(p.graceUntil)}</td>
              <td className="py-3 pr-3">{at(p.closesAt)}</td>
              <td className="py-3 pr-3">{PHASE_LABELS[p.phase]}</td>
              <td className="py-3 pr-3">
                {p.submitted} submitted, {p.published} published
                <span className="sr-only"> of {actions} actions</span>
              </td>
              <td className="py-3 pr-3">{p.closedAt ? at(p.closedAt) : "Not closed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
