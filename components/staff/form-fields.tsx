import type { ReactNode } from "react";
import { useUiText } from "@/i18n/translated-keys";
import { formatLimit } from "@/lib/workflow/update-fields";
import { CharacterCount } from "./character-count";
import { LastPublishedText } from "./last-published-text";

/** One id scheme for every field, so error summaries, labels and descriptions always match. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll(".", "-")}`;
}

export const errorId = (name: string) => `${fieldId(name)}-error`;

export const INPUT_CLASS =
  "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/** Always rendered (empty when fine), so the polite live region exists before it has news. */
export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  return (
    <p id={errorId(name)} aria-live="polite" className="mt-1 text-sm font-semibold text-red-800 empty:hidden">
      {errors?.join(" ")}
    </p>
  );
}

/** A field's label and optional hint; the hint's id is what `describedBy` points the input at. */
export function FieldLabel({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  return (
    <>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      )}
    </>
  );
}

/** What each input needs to tie it to its hint and its errors. */
export function describedBy(name: string, errors: string[] | undefined, hint?: boolean) {
  return {
    id: fieldId(name),
    name,
    "aria-invalid": errors && errors.length > 0 ? true : undefined,
    "aria-describedby": [hint ? `${fieldId(name)}-hint` : null, errorId(name)].filter(Boolean).join(" "),
  };
}

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  defaultValue: string;
};

/** "Up to N characters.": a long text's limit, from the `staff.longText` messages. */
function LimitHint({ max }: { max: number }) {
  const { t, lang } = useUiText("staff.longText");
  return <span lang={lang("upTo")}>{t("upTo", { max: formatLimit(max) })}</span>;
}

/**
 * A long text. With `maxLength`, the hint states the limit and a live count says what is left; the
 * box itself takes any length (a browser's `maxlength` would cut a paste off without a word), and the
 * form and the server refuse an over-long text with the text kept.
 */
export function TextAreaField({
  name,
  label,
  hint,
  errors,
  defaultValue,
  rows = 4,
  maxLength,
  previous,
}: FieldProps & {
  rows?: number;
  maxLength?: number;
  /** What the last published update said in this field, shown for reference. */
  previous?: { label: string; text: string | null };
}) {
  const fullHint =
    hint && maxLength ? (
      <>
        {hint} <LimitHint max={maxLength} />
      </>
    ) : maxLength ? (
      <LimitHint max={maxLength} />
    ) : (
      hint
    );
  return (
    <div>
      <FieldLabel name={name} label={label} hint={fullHint} />
      {previous?.text && <LastPublishedText boxId={fieldId(name)} label={previous.label} text={previous.text} />}
      <textarea
        {...describedBy(name, errors, !!fullHint)}
        rows={rows}
        data-limit={maxLength}
        defaultValue={defaultValue}
        className={INPUT_CLASS}
      />
      {maxLength && <CharacterCount id={fieldId(name)} limit={maxLength} initialLength={defaultValue.length} />}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  defaultValue,
  options,
}: FieldProps & {
  /** Value, text, and the text's language when it is not the page's (te reo Māori labels). */
  options: readonly (readonly [value: string, text: string, lang?: string])[];
}) {
  return (
    <div>
      <FieldLabel name={name} label={label} hint={hint} />
      <select {...describedBy(name, errors, !!hint)} defaultValue={defaultValue} className={`${INPUT_CLASS} sm:w-80`}>
        {options.map(([value, text, lang]) => (
          <option key={value} value={value} lang={lang}>
            {text}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function DateField({ name, label, hint, errors, defaultValue }: FieldProps) {
  return (
    <div>
      <FieldLabel name={name} label={label} hint={hint} />
      <input
        type="date"
        {...describedBy(name, errors, !!hint)}
        defaultValue={defaultValue}
        className={`${INPUT_CLASS} sm:w-56`}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}
