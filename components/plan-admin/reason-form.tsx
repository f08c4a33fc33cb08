"use client";

import { useActionState } from "react";
import { TextField } from "@/components/indicators-admin/fields";
import { describedBy, FieldError, FieldLabel, INPUT_CLASS } from "@/components/staff/form-fields";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/admin/buttons";

/**
 * A change that needs only a reason (and, for a merge, a split or a new dependency, action codes):
 * stop, merge, split, remove, add a dependency. Each form's ids carry its `id`, so several sit on one page.
 */
export function ReasonForm({
  action: serverAction,
  id,
  hidden,
  labels,
  into,
  danger = false,
}: {
  action: FormAction<SimpleFormState>;
  id: string;
  hidden: Record<string, string>;
  labels: { reason: string; reasonHint: string; submit: string };
  /** The action-codes field, when the change names other actions. */
  into?: { label: string; hint: string };
  danger?: boolean;
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(serverAction, {
    status: "idle",
    attempt: 0,
  });
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // Field names stay what the action reads; ids carry the form's id.
  const reasonName = `${id}.reason`;
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-2xl">
      <input type="hidden" name="prefix" value={id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p role="alert" className="mb-2 font-semibold text-red-800 empty:hidden">
        {state.status === "error" ? [state.message, ...(errors.form ?? [])].filter(Boolean).join(" ") : ""}
      </p>
      {into && (
        <div className="mb-4">
          <TextField
            name={`${id}.into`}
            label={into.label}
            hint={into.hint}
            errors={errors.into}
            defaultValue={values.into ?? ""}
            width="sm:w-56"
          />
        </div>
      )}
      <FieldLabel name={reasonName} label={labels.reason} hint={labels.reasonHint} />
      <textarea
        {...describedBy(reasonName, errors.reason, true)}
        rows={2}
        defaultValue={values.reason ?? ""}
        className={INPUT_CLASS}
      />
      <FieldError name={reasonName} errors={errors.reason} />
      <button type="submit" disabled={pending} className={`mt-3 ${danger ? DANGER_BUTTON : SECONDARY_BUTTON}`}>
        {labels.submit}
      </button>
    </form>
  );
}
