import type { ReactNode } from "react";
import { describedBy, FieldError, FieldLabel, fieldId, INPUT_CLASS } from "@/components/staff/form-fields";

type Errors = Record<string, string[]>;

/** A one-line text input tied to its hint and its errors, like the shared staff fields. */
export function TextField({
  name,
  label,
  hint,
  errors,
  defaultValue,
  inputMode,
  width = "sm:w-80",
  lang,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  defaultValue: string;
  inputMode?: "decimal" | "text";
  width?: string;
  lang?: string;
}) {
  return (
    <div>
      <FieldLabel name={name} label={label} hint={hint} />
      <input
        type="text"
        {...describedBy(name, errors, !!hint)}
        inputMode={inputMode}
        lang={lang}
        autoComplete="off"
        spellCheck={inputMode === "decimal" ? false : undefined}
        defaultValue={defaultValue}
        className={`${INPUT_CLASS} ${width}`}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

/**
 * A group of tick boxes sharing one name (so the browser posts every ticked value), in a fieldset
 * whose legend names the group; the group's errors are announced beside it.
 */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: ReactNode }[];
  checked: readonly string[];
  errors: Errors;
}) {
  const invalid = (errors[name]?.length ?? 0) > 0;
  const describedIds = [hint ? `${fieldId(name)}-hint` : null, `${fieldId(name)}-error`].filter(Boolean).join(" ");
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      aria-describedby={describedIds}
      className={`rounded border-2 p-4 ${invalid ? "border-red-700" : "border-slate-300"}`}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors[name]} />
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {options.map((o) => {
          const id = `${fieldId(name)}-${o.value}`;
          return (
            <li key={o.value} className="flex items-start gap-3">
              <input
                type="checkbox"
                id={id}
                name={name}
                value={o.value}
                defaultChecked={checked.includes(o.value)}
                className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
              />
              <label htmlFor={id} className="min-h-6 py-0.5">
                {o.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A drop-down wide enough for long names (agency names run to fifty characters). */
export function WideSelectField({
  name,
  label,
  errors,
  defaultValue,
  options,
}: {
  name: string;
  label: ReactNode;
  errors?: string[];
  defaultValue: string;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      <select {...describedBy(name, errors)} defaultValue={defaultValue} className={`${INPUT_CLASS} sm:w-auto`}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}
