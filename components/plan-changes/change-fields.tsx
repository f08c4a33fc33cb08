type Labels = { field: string; before: string; after: string; empty: string; yes: string; no: string };

function show(value: unknown, labels: Labels): string {
  if (value === null || value === undefined || value === "") return labels.empty;
  if (Array.isArray(value)) return value.length ? value.join(", ") : labels.empty;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  return String(value);
}

/** What a change request sets, field by field: the value before and after, side by side. */
export function ChangeFields({
  fields,
  labels,
  fieldLabels,
  showBefore = true,
}: {
  fields: { name: string; before: unknown; after: unknown }[];
  labels: Labels;
  /** Each field's readable name. */
  fieldLabels: Record<string, string>;
  /** False for an addition, which has nothing before. */
  showBefore?: boolean;
}) {
  if (fields.length === 0) return null;
  return (
    <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
      <thead>
        <tr className="border-b-2 border-slate-700">
          <th scope="col" className="w-1/4 py-1 pr-3">
            {labels.field}
          </th>
          {showBefore && (
            <th scope="col" className="py-1 pr-3">
              {labels.before}
            </th>
          )}
          <th scope="col" className="py-1">
            {labels.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name} className="border-b border-slate-300 align-top">
            <th scope="row" className="py-1 pr-3 font-semibold break-words">
              {fieldLabels[f.name] ?? f.name}
            </th>
            {showBefore && <td className="py-1 pr-3 break-words">{show(f.before, labels)}</td>}
            <td className="py-1 break-words">{show(f.after, labels)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
