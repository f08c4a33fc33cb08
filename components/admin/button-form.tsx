"use client";

import { useActionState } from "react";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "./buttons";

/**
 * One button that does one thing to one record (retire, disable, sign out everywhere), with what it
 * does said beside it. The action redirects on success; a refusal is announced under the button.
 */
export function ButtonForm({
  action: serverAction,
  hidden,
  label,
  hint,
  hintId,
  danger = false,
}: {
  action: FormAction<SimpleFormState>;
  hidden: Record<string, string>;
  label: string;
  hint: string;
  /** Unique on the page: the button is described by its hint. */
  hintId: string;
  danger?: boolean;
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(serverAction, {
    status: "idle",
    attempt: 0,
  });
  return (
    <form action={action} className="mt-4 max-w-2xl">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p id={hintId} className="mb-2">
        {hint}
      </p>
      <button
        type="submit"
        disabled={pending}
        aria-describedby={hintId}
        className={danger ? DANGER_BUTTON : SECONDARY_BUTTON}
      >
        {label}
      </button>
      <p role="alert" className="mt-2 font-semibold text-red-800 empty:hidden">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
