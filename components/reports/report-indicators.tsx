import { formatDate } from "@/lib/format/dates";
import type { ReportIndicator } from "@/lib/reports/types";
import { CELL, ReportSection, ReportTable, ROW_HEADER } from "./report-table";

const number = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2, signDisplay: "exceptZero" });
const withUnit = (n: number, unit: string) => (unit === "%" ? `${number.format(n)} %` : `${number.format(n)} ${unit}`);

const DIRECTION: Record<ReportIndicator["direction"], string> = {
  increase: "Higher is better",
  decrease: "Lower is better",
  maintain: "Hold at target",
};
const TREND = { better: "toward the target", worse: "away from the target", same: "no change" } as const;

function Change({ i }: { i: ReportIndicator }) {
  if (i.changeSincePrevious === null || !i.previous || !i.trend) return <>No earlier reading</>;
  return (
    <>
      {signed.format(i.changeSincePrevious)} since {i.previous.periodLabel}
      <span className="block text-sm">({TREND[i.trend]})</span>
    </>
  );
}

export function ReportIndicators({ indicators }: { indicators: ReportIndicator[] }) {
  return (
    <ReportSection id="indicators" title="Indicators">
      {indicators.length === 0 ? (
        <p className="mt-2">No indicators were defined at the close of the period.</p>
      ) : (
        <ReportTable
          caption="Indicator values at the close of the period, against baseline and target"
          columns={["Code", "Indicator", "This period", "Baseline", "Target", "Change", "Target met"]}
          minWidth="min-w-[48rem]"
        >
          {indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row" className={`${ROW_HEADER} tabular-nums`}>
                {i.code}
              </th>
              <td className={`${CELL} report-title`}>
                {i.title}
                <span className="block text-sm">
                  {DIRECTION[i.direction]}. Source: {i.dataSource} ({i.ownerAgency})
                </span>
              </td>
              <td className={`${CELL} tabular-nums`}>{i.value === null ? "No reading" : withUnit(i.value, i.unit)}</td>
              <td className={`${CELL} tabular-nums`}>
                {withUnit(i.baseline.value, i.unit)}
                <span className="block text-sm whitespace-nowrap">{formatDate(i.baseline.date)}</span>
              </td>
              <td className={`${CELL} tabular-nums`}>
                {withUnit(i.target.value, i.unit)}
                <span className="block text-sm whitespace-nowrap">by {formatDate(i.target.date)}</span>
              </td>
              <td className={`${CELL} tabular-nums`}>
                <Change i={i} />
              </td>
              <td className={CELL}>{i.targetMet === null ? "–" : i.targetMet ? "Yes" : "Not yet"}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
