import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { categoryCriteria } from "@/lib/dashboard/categories";
import type { ConfidenceCategory, StageCategory } from "@/lib/rollup/roll-up";
import { categoryText } from "./category-text";
import { CATEGORY_FILL } from "./palette";
import { StackedBarChart } from "./stacked-bar-chart";
import { DrillNumber } from "./widget-frame";

type Category = ConfidenceCategory | StageCategory;

export type MixTableRow = {
  key: string;
  /** The row header in the table. */
  label: string;
  /** The bar's name in the chart (shorter where the label is long). */
  chartName: string;
  counts: Record<string, number>;
  total: number;
  /** The drill-down link for one category of this row, or for the whole row (no category). */
  href: (extra?: Record<string, string>) => string;
};

/**
 * A status mix as a stacked bar chart and the equivalent table, every number opening the actions
 * behind it. Categories nobody falls in are left out of the picture (never out of the CSV).
 */
export async function MixChartAndTable({
  caption,
  rowHeader,
  dimension,
  categories,
  rows,
}: {
  caption: string;
  rowHeader: ReactNode;
  dimension: "confidence" | "stage";
  categories: readonly Category[];
  rows: MixTableRow[];
}) {
  const [{ t, L }, category] = await Promise.all([uiText("dashboard"), categoryText()]);
  const columns = categories.filter((k) => rows.some((r) => (r.counts[k] ?? 0) > 0));
  return (
    <>
      <StackedBarChart
        label={t("barChart", { caption })}
        rows={rows.map((r) => ({ name: r.chartName, ...r.counts }))}
        series={columns.map((k) => ({ key: k, label: category.t(k), fill: CATEGORY_FILL[k]! }))}
      />
      <ScrollRegion label={t("tableSuffix", { caption })} className="mt-3">
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((k) => (
                <th key={k} scope="col">
                  {category.L(k)}
                </th>
              ))}
              <th scope="col">{L("actionsColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((k) => (
                  <td key={k} className="text-right">
                    <DrillNumber
                      n={r.counts[k] ?? 0}
                      href={r.href(categoryCriteria(dimension, k))}
                      what={t("drillWhat", { label: category.t(k), row: r.label })}
                    />
                  </td>
                ))}
                <td className="text-right">
                  <DrillNumber n={r.total} href={r.href()} what={t("drillActions", { row: r.label })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
