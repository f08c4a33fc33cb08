"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/dal/actor";
import { endAllSessions } from "@/lib/dal/users";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
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

/** A refusal of a cross-site request, in the visitor's interface language. */
async function refused() {
  return (await getTranslations("login.errors"))("notFromMahere");
}

export async function signInWithPassword(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations("login.errors");
  if (!isSameOriginRequest(await headers())) return { message: t("notFromMahere") };
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

export async function signInWithOidc(formData: FormData): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(await refused());
  await signIn("oidc", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

export async function signOutAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(await refused());
  await signOut({ redirectTo: "/" });
}

/** Ends every session of this user, on every device, from their next request. */
export async function signOutEverywhereAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(await refused());
  const user = await getCurrentUser();
  if (user) await endAllSessions(user);
  await signOut({ redirectTo: "/" });
}
