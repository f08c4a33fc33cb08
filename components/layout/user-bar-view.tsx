"use client";

import Link from "@/components/link";
import { useLocale } from "next-intl";
import { localizedHref } from "@/i18n/routing";
import { useUiText } from "@/i18n/translated-keys";
import { STAFF_LINKS, type AccountSummary, type SignOutActions } from "./staff-links";

const link = "inline-block min-h-11 py-2.5 text-white underline hover:text-white";

/**
 * Who is signed in, their staff pages and sign out; a sign-in link for everyone else. It sits in
 * the header, which is `lang="mi"` in te reo Māori mode, so text the catalogue still gives in
 * English is marked as English. `onSignOut` runs before either sign-out is sent; the forms post the server actions themselves,
 * so they work without JavaScript too.
 */
export function UserBarView({
  user,
  signOutActions,
  onSignOut,
}: {
  user: AccountSummary | null;
  signOutActions: SignOutActions;
  onSignOut?: () => void;
}) {
  const { t, lang } = useUiText("staff.userBar");
  const locale = useLocale();
  const english = (key: string) => lang(key) ?? "en-NZ";
  if (!user) {
    return (
      <Link href={localizedHref("/login", locale)} lang={english("signIn")} className={link}>
        {t("signIn")}
      </Link>
    );
  }
  const signedInAs = user.agency ? "signedInAsWithAgency" : "signedInAs";
  return (
    <div lang="en-NZ" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span lang={lang(signedInAs)}>
        {t.rich(signedInAs, {
          name: user.name,
          agency: user.agency ?? "",
          strong: (chunks) => <strong lang="en-NZ">{chunks}</strong>,
        })}
      </span>
      <nav aria-label={t("staffPages")} lang={lang("staffPages")}>
        <ul lang="en-NZ" className="flex flex-wrap gap-x-4">
          {STAFF_LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <li key={l.href}>
              <Link href={localizedHref(l.href, locale)} className={link}>
                <span lang={lang(`links.${l.key}`)}>{t(`links.${l.key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutActions.signOut} onSubmit={onSignOut}>
        <button type="submit" lang={lang("signOut")} className="min-h-11 py-2.5 text-white underline">
          {t("signOut")}
        </button>
      </form>
      <form action={signOutActions.signOutEverywhere} onSubmit={onSignOut}>
        <button
          type="submit"
          lang={lang("signOutEverywhere")}
          title={t("signOutEverywhereHint")}
          className="min-h-11 py-2.5 text-white underline"
        >
          {t("signOutEverywhere")}
        </button>
      </form>
    </div>
  );
}
