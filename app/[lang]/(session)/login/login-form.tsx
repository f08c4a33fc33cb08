"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import { signInWithPassword, type LoginState } from "./actions";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm font-semibold text-red-800">
      {errors?.join(" ")}
    </p>
  );
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(signInWithPassword, {});
  const { t, lang } = useUiText("login.form");
  return (
    <form action={action} noValidate className="mt-6 max-w-md space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div
        role="alert"
        aria-live="assertive"
        className={state.message ? "border-l-4 border-red-700 bg-red-50 px-4 py-3" : ""}
      >
        {state.message}
      </div>
      <div>
        <label htmlFor="email" lang={lang("email")} className="block font-semibold">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          aria-invalid={state.fieldErrors?.email ? true : undefined}
          aria-describedby="email-error"
          className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2"
          required
        />
        <FieldError id="email-error" errors={state.fieldErrors?.email} />
      </div>
      <div>
        <label htmlFor="password" lang={lang("password")} className="block font-semibold">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={state.fieldErrors?.password ? true : undefined}
          aria-describedby="password-error"
          className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2"
          required
        />
        <FieldError id="password-error" errors={state.fieldErrors?.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
