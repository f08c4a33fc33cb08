"use client";

import { useActionState, useEffect, useRef } from "react";
import type { FollowState } from "@/lib/subscriptions/follow-state";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, fieldId, INPUT_CLASS } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { SubscriptionScope } from "@/db/schema/subscriptions";

/**
 * The follow form: an address, and what it follows in hidden fields. A plain form post without
 * JavaScript (the server renders the answer); with it, the answer replaces the form and takes focus.
 */
export function FollowForm({
  action: followAction,
  scope,
  target,
  consent,
}: {
  action: (prev: FollowState, formData: FormData) => Promise<FollowState>;
  scope: SubscriptionScope;
  target: string;
  /** The consent sentence, as the consent record will keep it. */
  consent: string;
}) {
  const [state, action, pending] = useActionState<FollowState, FormData>(followAction, {});
  const { t, lang } = useUiText("subscriptions.form");
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done) done.current?.focus();
  }, [state.done]);

  if (state.done) {
    return (
      <div
        ref={done}
        tabIndex={-1}
        role="status"
        className="mt-4 max-w-2xl border-l-4 border-green-700 bg-green-50 px-4 py-3"
      >
        <p lang={lang("checkTitle")} className="text-lg font-bold">
          {t("checkTitle")}
        </p>
        <p lang={lang("check")} className="mt-1">
          {t("check")}
        </p>
      </div>
    );
  }
  const errors = state.fieldErrors?.email;
  return (
    <form action={action} noValidate className="mt-4 max-w-2xl">
      <ErrorSummary
        message={state.message}
        errors={state.fieldErrors ?? {}}
        describe={(key) => (key === "email" ? { label: t("email"), target: "email" } : null)}
        attempt={state.attempt ?? 0}
      />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="target" value={target} />
      <p id={`${fieldId("email")}-consent`}>{consent}</p>
      <div className="mt-4">
        <label htmlFor={fieldId("email")} lang={lang("email")} className="block font-semibold">
          {t("email")}
        </label>
        <p id={`${fieldId("email")}-hint`} lang={lang("emailHint")} className="text-sm text-[var(--color-muted)]">
          {t("emailHint")}
        </p>
        <input
          {...describedBy("email", errors, true)}
          aria-describedby={`${fieldId("email")}-hint ${fieldId("email")}-error ${fieldId("email")}-consent`}
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.email}
          className={`${INPUT_CLASS} max-w-md`}
        />
        <FieldError name="email" errors={errors} />
      </div>
      <button
        type="submit"
        disabled={pending}
        lang={lang("submit")}
        className="mt-4 min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
