import { Link } from "@/i18n/navigation";
import { ScrollRegion } from "@/components/plan/scroll-region";
import type { PeriodRow } from "@/lib/dal/periods";
import { formatDateTime } from "@/lib/format/dates";
import { uiText } from "@/i18n/ui-text";

const at = (d: Date) => formatDateTime(d.toISOString());

/** Every reporting period, newest first, with its deadlines in New Zealand time. */
export async function PeriodsTable({ periods, actions }: { periods: PeriodRow[]; actions: number }) {
  const [{ L }, phases] = await Promise.all([uiText("admin.periods.table"), uiText("admin.periods.phases")]);
  return (
    <ScrollRegion labelledBy="periods-caption">
      <table className="w-full min-w-[60rem] border-collapse text-left text-sm">
        <caption id="periods-caption" className="mb-2 text-left text-base font-semibold">
          {L("caption")}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {["period", "opens", "due", "grace", "closes", "phase", "updates", "closedAt"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3">
                {L(h)}
              </th>
            ))}
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
                    <span className="sr-only">{L("editOrClose")}</span>
                  </Link>
                )}
              </th>
              <td className="py-3 pr-3">{at(p.opensAt)}</td>
              <td className="py-3 pr-3">{at(p.dueAt)}</td>
              <td className="py-3 pr-3">{at(p.graceUntil)}</td>
              <td className="py-3 pr-3">{at(p.closesAt)}</td>
              <td className="py-3 pr-3">{phases.L(p.phase)}</td>
              <td className="py-3 pr-3">
                {L("counts", { submitted: p.submitted, published: p.published })}
                <span className="sr-only"> {L("ofActions", { actions })}</span>
              </td>
              <td className="py-3 pr-3">{p.closedAt ? at(p.closedAt) : L("notClosed")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
