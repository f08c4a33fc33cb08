import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/plan/scroll-region";

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
  columns: string[];
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={`report-table w-full border-collapse text-left ${minWidth}`}>
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="border-b-2 border-slate-600 py-2 pr-4 align-bottom">
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

/** A label and a count per row, for the overview's mixes. */
export function CountTable({ caption, rows }: { caption: string; rows: [ReactNode, number][] }) {
  return (
    <ReportTable caption={caption} columns={["Status", "Actions"]}>
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

export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="report-section mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
