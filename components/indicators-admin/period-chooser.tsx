import { fieldId, INPUT_CLASS } from "@/components/staff/form-fields";

/**
 * Chooses which period's readings the form below shows: a plain GET form, so it works without
 * JavaScript and the chosen period is in the address (and survives a reload).
 */
export function PeriodChooser({
  code,
  periods,
  selected,
}: {
  code: string;
  periods: { id: number; label: string; closed: boolean }[];
  selected: number;
}) {
  return (
    <form method="get" action={`/admin/indicators/${encodeURIComponent(code)}#readings`} className="mt-3">
      <label htmlFor={fieldId("period")} className="block font-semibold">
        Reporting period
      </label>
      <p id={`${fieldId("period")}-hint`} className="text-sm text-[var(--color-muted)]">
        Closed periods are frozen and shown for reference only.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <select
          id={fieldId("period")}
          name="period"
          defaultValue={String(selected)}
          aria-describedby={`${fieldId("period")}-hint`}
          className={`${INPUT_CLASS} sm:w-64`}
        >
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
              {p.closed ? " (closed)" : ""}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-5 py-2 font-semibold text-[var(--color-brand)]"
        >
          Show this period
        </button>
      </div>
    </form>
  );
}
