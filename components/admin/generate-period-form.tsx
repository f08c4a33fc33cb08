"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction } from "@/lib/forms/form-states";
import type { ActionState } from "@/lib/dal/authorize";

export const PRIMARY_BUTTON =
  "min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70";

/** Adds the quarter after the latest period, with the default deadlines. */
export function GeneratePeriodForm({
  next,
  generateAction,
}: {
  next: string;
  generateAction: FormAction<ActionState>;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(generateAction, { status: "idle" });
  const { t, lang } = useUiText("admin.periods.generate");
  return (
    <form action={action} className="mt-4 space-y-2">
      <button
        type="submit"
        disabled={pending}
        className={PRIMARY_BUTTON}
        aria-describedby="generate-hint generate-error"
        lang={lang("button")}
      >
        {t("button")}
      </button>
      <p id="generate-hint" lang={lang("hint")} className="text-sm text-[var(--color-muted)]">
        {t("hint", { period: next })}
      </p>
      <p id="generate-error" aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
