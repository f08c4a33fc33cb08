import { DrillNumber } from "@/components/dashboard/widget-frame";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { CoverageView } from "./coverage-types";

/**
 * The heatmap's equivalent: one row per square, with each way's count, the total and the marking in
 * words, every number opening the initiatives behind it. The same rows as the CSV and XLSX export.
 */
export async function CoverageTable<W extends string>({ view }: { view: CoverageView<W> }) {
  const { t, L } = await uiText("coverage");
  const { matrix } = view;
  const caption = t("table", { caption: view.caption });
  const label = (axis: CoverageView<W>["rows"], key: string) => axis.find((a) => a.key === key)?.label ?? key;
  return (
    <details className="mt-4">
      <summary className="min-h-6 cursor-pointer font-semibold">{L("showTable", { caption: view.caption })}</summary>
      <ScrollRegion label={caption} className="mt-2">
        <table className="data-table w-full min-w-[40rem]">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{view.rowHeader}</th>
              <th scope="col">{view.columnHeader}</th>
              {matrix.ways.map((w) => (
                <th key={w} scope="col" className="text-right">
                  {L(`ways.${w}`)}
                </th>
              ))}
              <th scope="col" className="text-right">
                {L("totalColumn")}
              </th>
              <th scope="col">{L("markColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.cells.flat().map((cell) => {
              const row = label(view.rows, cell.row);
              const column = label(view.columns, cell.column);
              return (
                <tr key={`${cell.row} ${cell.column}`}>
                  <th scope="row">{row}</th>
                  <td>{column}</td>
                  {matrix.ways.map((w) => (
                    <td key={w} className="text-right">
                      <DrillNumber
                        n={cell.byWay[w].length}
                        href={view.href(cell, w)}
                        what={t("drillWhat", { row, column, way: t(`ways.${w}`) })}
                      />
                    </td>
                  ))}
                  <td className="text-right">
                    <DrillNumber n={cell.total} href={view.href(cell)} what={t("drillTotal", { row, column })} />
                  </td>
                  <td className={cell.mark ? "font-semibold" : undefined}>{cell.mark ? L(cell.mark) : t("noMark")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
