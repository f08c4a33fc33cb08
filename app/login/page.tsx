import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/notice";
import { isOidcConfigured } from "@/lib/auth/oidc";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/dal/actor";
import { isDemoMode } from "@/lib/dal/db";
import { signInWithOidc } from "./actions";
import { LoginForm } from "./login-form";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const meta = await getTranslations("pages.meta");
  return pageMetadata({ title: meta("loginTitle"), description: meta("login"), path: "/login" });
}

/** What to tell someone the sign-in service sent back here, without detail an attacker could use. */
function signInProblem(code: string): string {
  if (code === "AccessDenied") {
    return "Your agency account is not registered in Mahere, or has been disabled. Ask the TEC programme office to add you.";
  }
  return "Signing in did not work. Try again, or use your email and password.";
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const problem = typeof params.error === "string" ? signInProblem(params.error) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-4 max-w-2xl">
        For staff of the agencies delivering the Action Plan, and the Tertiary Education Commission. The public progress
        site needs no account.
      </p>
      {problem && (
        <div role="alert" className="mt-6 max-w-2xl border-l-4 border-red-700 bg-red-50 px-4 py-3">
          {problem}
        </div>
      )}
      {isDemoMode() && (
        <Notice title="Demo accounts">
          This demonstration has accounts for an administrator, a TEC monitor, and staff and approvers of each agency.
          They are listed in the README.
        </Notice>
      )}
      {isOidcConfigured() && (
        <form action={signInWithOidc} className="mt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-[var(--color-brand)] px-5 py-2 font-semibold text-[var(--color-brand)]"
          >
            Sign in with your agency account
          </button>
          <p className="mt-4 font-semibold">Or sign in with email and password:</p>
        </form>
      )}
      <LoginForm callbackUrl={callbackUrl} />
    </>
  );
}
