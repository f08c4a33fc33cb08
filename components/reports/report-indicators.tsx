import { uiText } from "@/i18n/ui-text";
import { formatDate } from "@/lib/format/dates";
import type { ReportIndicator } from "@/lib/reports/types";
import { CELL, ReportSection, ReportTable, reportColumns, ROW_HEADER } from "./report-table";

const number = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2, signDisplay: "exceptZero" });
const withUnit = (n: number, unit: string) => (unit === "%" ? `${number.format(n)} %` : `${number.format(n)} ${unit}`);

type Text = Awaited<ReturnType<typeof uiText>>;

function Change({ i, text }: { i: ReportIndicator; text: Text }) {
  if (i.changeSincePrevious === null || !i.previous || !i.trend) return <>{text.L("noEarlierReading")}</>;
  return (
    <>
      {text.L("change", { change: signed.format(i.changeSincePrevious), period: i.previous.periodLabel })}
      <span className="block text-sm">({text.L(`trend.${i.trend}`)})</span>
    </>
  );
}

function targetMet(i: ReportIndicator, text: Text) {
  if (i.targetMet === null) return "–";
  return text.L(i.targetMet ? "met" : "notYet");
}

export async function ReportIndicators({ indicators }: { indicators: ReportIndicator[] }) {
  const [text, sections, columns] = await Promise.all([
    uiText("reports.indicators"),
    uiText("reports.sections"),
    reportColumns("code", "indicator", "thisPeriod", "baseline", "target", "change", "targetMet"),
  ]);
  return (
    <ReportSection id="indicators" title={sections.L("indicators")}>
      {indicators.length === 0 ? (
        <p className="mt-2">{text.L("none")}</p>
      ) : (
        <ReportTable caption={text.t("caption")} columns={columns} minWidth="min-w-[48rem]">
          {indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row" className={`${ROW_HEADER} tabular-nums`}>
                {i.code}
              </th>
              <td className={`${CELL} report-title`}>
                {i.title}
                <span lang={text.lang("source")} className="block text-sm">
                  {text.t("source", {
                    direction: text.t(`direction.${i.direction}`),
                    source: i.dataSource,
                    owner: i.ownerAgency,
                  })}
                </span>
              </td>
              <td className={`${CELL} tabular-nums`}>
                {i.value === null ? text.L("noReading") : withUnit(i.value, i.unit)}
              </td>
              <td className={`${CELL} tabular-nums`}>
                {withUnit(i.baseline.value, i.unit)}
                <span className="block text-sm whitespace-nowrap">{formatDate(i.baseline.date)}</span>
              </td>
              <td className={`${CELL} tabular-nums`}>
                {withUnit(i.target.value, i.unit)}
                <span className="block text-sm whitespace-nowrap">
                  {text.L("targetBy", { date: formatDate(i.target.date) })}
                </span>
              </td>
              <td className={`${CELL} tabular-nums`}>
                <Change i={i} text={text} />
              </td>
              <td className={CELL}>{targetMet(i, text)}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
