"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
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

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@agency.govt.nz.")),
  password: z.string().min(1, "Enter your password.").max(1024, "Enter your password."),
  callbackUrl: z.string().optional(),
});

const REFUSED = "This request did not come from a Mahere page. Reload the page and try again.";

export async function signInWithPassword(_prev: LoginState, formData: FormData): Promise<LoginState> {
  if (!isSameOriginRequest(await headers())) return { message: REFUSED };
  const raw = {
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  };
  const email = typeof raw.email === "string" ? raw.email : "";
  const parsed = loginSchema.safeParse(raw);
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
      return { message: "Too many sign-in attempts. Wait a few minutes, then try again.", email };
    }
    if (error instanceof AuthError) {
      return { message: "The email address or password is not right.", email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithOidc(formData: FormData): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(REFUSED);
  await signIn("oidc", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

export async function signOutAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(REFUSED);
  await signOut({ redirectTo: "/" });
}

/** Ends every session of this user, on every device, from their next request. */
export async function signOutEverywhereAction(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new Error(REFUSED);
  const user = await getCurrentUser();
  if (user) await endAllSessions(user);
  await signOut({ redirectTo: "/" });
}
