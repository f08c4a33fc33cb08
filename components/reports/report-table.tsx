import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";

export const CELL = "border-b border-slate-300 py-2 pr-4 align-top";
export const ROW_HEADER = `${CELL} text-left font-semibold`;

/** A report table: a caption, column headers, and rows that never break across printed pages. */
export function ReportTable({
  caption,
  columns,
  children,
  minWidth = "",
}: {
  caption: string;
  columns: ReactNode[];
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={`report-table w-full border-collapse text-left ${minWidth}`}>
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="border-b-2 border-slate-600 py-2 pr-4 align-bottom">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** The column headers of a report table, by their keys in `reports.columns`. */
export async function reportColumns(...keys: string[]): Promise<ReactNode[]> {
  const { L } = await uiText("reports.columns");
  return keys.map((k) => L(k));
}

/** A label and a count per row, for the overview's mixes. */
export async function CountTable({ caption, rows }: { caption: string; rows: [ReactNode, number][] }) {
  return (
    <ReportTable caption={caption} columns={await reportColumns("status", "actions")}>
      {rows.map(([label, n], i) => (
        <tr key={i}>
          <th scope="row" className={ROW_HEADER}>
            {label}
          </th>
          <td className={`${CELL} tabular-nums`}>{n}</td>
        </tr>
      ))}
    </ReportTable>
  );
}

export function ReportSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="report-section mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A heading with its count, then its content, or "None." when there is nothing under it. */
export async function Counted({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: ReactNode;
  count: number;
  children: ReactNode;
}) {
  const { L } = await uiText("reports");
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-xl font-bold">
        {title} <span className="font-normal tabular-nums">({count})</span>
      </h3>
      {count === 0 ? <p className="mt-1">{L("none")}</p> : children}
    </section>
  );
}
