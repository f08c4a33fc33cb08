"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, FieldLabel, INPUT_CLASS } from "@/components/staff/form-fields";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";

const FIELDS = ["password", "confirmPassword"] as const;

/** Choosing a password with a one-time link. Passwords are never sent back into the form. */
export function SetPasswordForm({
  setAction,
  token,
  email,
  minLength,
}: {
  setAction: FormAction<SimpleFormState>;
  token: string;
  email: string;
  minLength: number;
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(setAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("login.setPassword");
  const errors = state.fieldErrors ?? {};
  const describe = (key: string) => {
    const name = FIELDS.find((f) => f === key);
    return name ? { label: t(`fields.${name}`), target: name } : null;
  };
  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager save the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div className="space-y-5">
        {FIELDS.map((name) => (
          <div key={name}>
            <FieldLabel
              name={name}
              label={t(`fields.${name}`)}
              hint={name === "password" ? t("hint", { min: minLength }) : undefined}
            />
            <input
              type="password"
              autoComplete="new-password"
              {...describedBy(name, errors[name], name === "password")}
              className={`${INPUT_CLASS} sm:w-96`}
            />
            <FieldError name={name} errors={errors[name]} />
          </div>
        ))}
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {t("button")}
        </button>
      </div>
    </form>
  );
}
