import { uiText } from "@/i18n/ui-text";
import { POPULATION_GROUPS } from "@/lib/status/vocabulary";
import { ScrollRegion } from "@/components/plan/scroll-region";
import type { PeriodReadings } from "@/lib/dal/indicators-admin";

const number = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2 });

/** Every period's recorded readings of one indicator, newest first. */
export async function ReadingsTable({
  code,
  unit,
  readings,
}: {
  code: string;
  unit: string;
  readings: ({ periodId: number; period: string; closed: boolean } & PeriodReadings)[];
}) {
  const [{ t, L }, groups] = await Promise.all([
    uiText("admin.indicators.readingsTable"),
    uiText("staff.populationGroups"),
  ]);
  if (readings.length === 0) return <p className="mt-4">{L("none")}</p>;
  return (
    <ScrollRegion labelledBy="readings-caption">
      <table className="w-full border-collapse text-left">
        <caption id="readings-caption" className="mb-2 text-left font-semibold">
          {L("caption", { code, unit })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">
              {L("period")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {L("total")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {L("groups")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {L("regions")}
            </th>
            <th scope="col" className="py-2">
              {L("note")}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...readings].reverse().map((r) => (
            <tr key={r.periodId} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold whitespace-nowrap">
                {r.closed ? t("closed", { period: r.period }) : r.period}
              </th>
              <td className="py-2 pr-4">{r.total === null ? "—" : number.format(r.total)}</td>
              <td className="py-2 pr-4">
                {POPULATION_GROUPS.filter((g) => r.groups[g] !== undefined)
                  .map((g) => `${groups.t(g)}: ${number.format(r.groups[g]!)}`)
                  .join("; ") || "—"}
              </td>
              <td className="py-2 pr-4">
                {r.regions.map((x) => `${x.name}: ${number.format(x.value)}`).join("; ") || "—"}
              </td>
              <td className="py-2">{r.note ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
