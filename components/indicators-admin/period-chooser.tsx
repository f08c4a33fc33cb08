import { fieldId, INPUT_CLASS } from "@/components/staff/form-fields";
import { uiText } from "@/i18n/ui-text";

/**
 * Chooses which period's readings the form below shows: a plain GET form, so it works without
 * JavaScript and the chosen period is in the address (and survives a reload).
 */
export async function PeriodChooser({
  code,
  periods,
  selected,
}: {
  code: string;
  periods: { id: number; label: string; closed: boolean }[];
  selected: number;
}) {
  const { t, L } = await uiText("admin.indicators.periodChooser");
  return (
    <form method="get" action={`/admin/indicators/${encodeURIComponent(code)}#readings`} className="mt-3">
      <label htmlFor={fieldId("period")} className="block font-semibold">
        {L("label")}
      </label>
      <p id={`${fieldId("period")}-hint`} className="text-sm text-[var(--color-muted)]">
        {L("hint")}
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
              {p.closed ? t("closed", { period: p.label }) : p.label}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-5 py-2 font-semibold text-[var(--color-brand)]"
        >
          {L("show")}
        </button>
      </div>
    </form>
  );
}
