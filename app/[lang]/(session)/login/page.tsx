import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { isOidcConfigured } from "@/lib/auth/oidc";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/dal/actor";
import { isDemoMode } from "@/lib/dal/db";
import { signInWithOidc } from "./actions";
import { LoginForm } from "./login-form";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const meta = await getTranslations("pages.meta");
  return pageMetadata({ title: meta("loginTitle"), description: meta("login"), path: "/login" });
}

/** What to tell someone the sign-in service sent back here, without detail an attacker could use. */
function signInProblem(code: string) {
  return code === "AccessDenied" ? "problems.accessDenied" : "problems.other";
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
  const { t, lang, L } = await uiText("login");
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p lang={lang("intro")} className="mt-4 max-w-2xl">
        {t("intro")}
      </p>
      {problem && (
        <div role="alert" lang={lang(problem)} className="mt-6 max-w-2xl border-l-4 border-red-700 bg-red-50 px-4 py-3">
          {t(problem)}
        </div>
      )}
      {params.password === "set" && (
        <div
          role="status"
          className="mt-6 max-w-2xl border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold"
        >
          {L("setPassword.done")}
        </div>
      )}
      {isDemoMode() && <Notice title={t("demo.title")}>{L("demo.body")}</Notice>}
      {isOidcConfigured() && (
        <form action={signInWithOidc} className="mt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-[var(--color-brand)] px-5 py-2 font-semibold text-[var(--color-brand)]"
          >
            {L("withAgencyAccount")}
          </button>
          <p lang={lang("orWithPassword")} className="mt-4 font-semibold">
            {t("orWithPassword")}
          </p>
        </form>
      )}
      <ClientMessages paths={["login.form"]}>
        <LoginForm callbackUrl={callbackUrl} />
      </ClientMessages>
    </>
  );
}
