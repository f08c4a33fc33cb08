export type BreakdownRow = {
  key: string;
  label: string;
  /** A second line under the label, e.g. the date of a baseline. */
  detail?: string;
  value: number;
  note?: string | null;
  /** Shown in bold, after a rule: a total or summary row. */
  total?: boolean;
};

/** A two-column table of labelled values (with optional notes): the readable form of a chart. */
export function BreakdownTable({
  caption,
  keyHeading,
  valueHeading,
  noteHeading,
  rows,
}: {
  caption: string;
  keyHeading: string;
  valueHeading: string;
  noteHeading?: string;
  rows: BreakdownRow[];
}) {
  const cell = "py-1.5 pr-4 align-top";
  return (
    <table className="mt-3 w-full max-w-3xl border-collapse text-left">
      <caption className="mb-1 text-left text-[0.95rem] text-[var(--color-muted)]">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-700">
          <th scope="col" className={cell}>
            {keyHeading}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {valueHeading}
          </th>
          {noteHeading && (
            <th scope="col" className={cell}>
              {noteHeading}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.key}
            className={r.total ? "border-t-2 border-slate-700 font-semibold" : "border-b border-slate-300"}
          >
            <th scope="row" className={`${cell} font-normal ${r.total ? "font-semibold" : ""}`}>
              {r.label}
              {r.detail && <span className="block text-sm text-[var(--color-muted)]">{r.detail}</span>}
            </th>
            <td className={`${cell} text-right tabular-nums`}>
              {r.value.toLocaleString("en-NZ", { maximumFractionDigits: 2 })}
            </td>
            {noteHeading && <td className={cell}>{r.note ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
