import type { Metadata } from "next";
import { setPasswordAction } from "./actions";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";
import { findAccountLink } from "@/lib/dal/account-links";

/**
 * The token is in the address: no other site learns it from a link followed from here. Not
 * "no-referrer", which would also blank the Origin of the form's own post (refused as cross-site).
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login.setPassword");
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await findAccountLink(token);
  const { t, lang, L } = await uiText("login.setPassword");
  if (!link) {
    return (
      <>
        <h1 lang={lang("invalidTitle")} className="text-3xl font-bold">
          {t("invalidTitle")}
        </h1>
        <p className="mt-4 max-w-2xl">{L("invalidBody")}</p>
        <p className="mt-4">
          <Link href="/login">{L("toSignIn")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 max-w-2xl">
        {L(link.kind === "invite" ? "introInvite" : "introReset", { name: link.name, email: link.email })}
      </p>
      <ClientMessages paths={["staff.errorSummary", "login.setPassword"]}>
        <SetPasswordForm setAction={setPasswordAction} token={token} email={link.email} minLength={PASSWORD_MIN} />
      </ClientMessages>
    </>
  );
}
