"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/dal/actor";
import { endAllSessions } from "@/lib/dal/users";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { isOidcConfigured } from "@/lib/auth/oidc";
import { redirect } from "@/i18n/navigation";
import { formArgument, stateAndForm } from "@/lib/forms/action-arguments";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export type LoginState = {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

/** The form's rules, with its messages in the visitor's interface language. */
function loginSchema(t: (key: string) => string) {
  return z.object({
    email: z
      .string()
      .trim()
      .min(1, t("emailMissing"))
      .pipe(z.email(t("emailInvalid"))),
    password: z.string().min(1, t("passwordMissing")).max(1024, t("passwordMissing")),
    callbackUrl: z.string().optional(),
  });
}

export async function signInWithPassword(given: LoginState, posted: FormData): Promise<LoginState> {
  const t = await getTranslations("login.errors");
  const formData = stateAndForm(given, posted, {}).form;
  if (!formData || !isSameOriginRequest(await headers())) return { message: t("notFromMahere") };
  const raw = {
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  };
  const email = typeof raw.email === "string" ? raw.email : "";
  const parsed = loginSchema(t).safeParse(raw);
  if (!parsed.success) {
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      return { message: t("throttled"), email };
    }
    if (error instanceof AuthError) {
      return { message: t("wrong"), email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithOidc(...args: unknown[]): Promise<void> {
  if (!isSameOriginRequest(await headers())) forbidden();
  // The button is shown only when a provider is configured; a forged call without one goes back.
  if (!isOidcConfigured()) return redirect("/login");
  await signIn("oidc", { redirectTo: safeCallbackPath(formArgument(...args)?.get("callbackUrl")) });
}

export async function signOutAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) forbidden();
  await signOut({ redirectTo: "/" });
}

/** Ends every session of this user, on every device, from their next request. */
export async function signOutEverywhereAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) forbidden();
  const user = await getCurrentUser();
  if (user) await endAllSessions(user);
  await signOut({ redirectTo: "/" });
}
