"use client";

import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";
import { TextField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { useUiText } from "@/i18n/translated-keys";
import type { StartState } from "@/lib/stocktake/start-state";

/** "Start your response": an optional address to mail the private link to, and the button. */
export function StartForm({
  action,
  slug,
}: {
  action: (state: StartState, formData: FormData) => Promise<StartState>;
  slug: string;
}) {
  const [state, formAction, pending] = useActionState(action, { attempt: 0 });
  const { t, lang } = useUiText("survey.start");
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.attempt} action={formAction} noValidate className="mt-4 max-w-xl">
      <ErrorSummary
        message={state.message}
        errors={errors}
        describe={(key) => (key === "email" ? { label: t("emailLabel"), target: "email" } : null)}
        attempt={state.attempt}
      />
      <input type="hidden" name="slug" value={slug} />
      <TextField
        name="email"
        label={<span lang={lang("emailLabel")}>{t("emailLabel")}</span>}
        hint={<span lang={lang("emailHint")}>{t("emailHint")}</span>}
        errors={errors.email}
        defaultValue={state.email ?? ""}
        width="w-full"
      />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} mt-6`}>
        <span lang={lang("start")}>{t("start")}</span>
      </button>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("starting") : ""}
      </p>
    </form>
  );
}
