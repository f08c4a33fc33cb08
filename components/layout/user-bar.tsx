import Link from "@/components/link";
import { uiText } from "@/i18n/ui-text";
import { getCurrentUser } from "@/lib/dal/actor";
import type { Role } from "@/lib/status/vocabulary";

const link = "inline-block min-h-11 py-2.5 text-white underline hover:text-white";

/** The staff pages each role can open (the pages check again: this only decides what to offer). */
const STAFF_LINKS: { href: string; key: string; roles: readonly Role[] }[] = [
  { href: "/my", key: "my", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/review", key: "review", roles: ["agency_approver", "tec_monitor"] },
  { href: "/dashboard", key: "dashboard", roles: ["agency_approver", "tec_monitor"] },
  { href: "/reports", key: "reports", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/admin/periods", key: "periods", roles: ["tec_monitor"] },
  { href: "/admin/indicators", key: "indicators", roles: ["tec_monitor"] },
];

/** The sign-out server actions, handed down from the root layout. */
export type SignOutActions = { signOut: () => Promise<void>; signOutEverywhere: () => Promise<void> };

/**
 * Who is signed in, their staff pages and sign out; a sign-in link for everyone else. It sits in
 * the header, which is `lang="mi"` in te reo Māori mode, so text the catalogue still gives in
 * English is marked as English.
 */
export async function UserBar({ signOutActions }: { signOutActions: SignOutActions }) {
  const [user, { t, rich, lang, L }] = await Promise.all([getCurrentUser(), uiText("staff.userBar")]);
  const english = (key: string) => lang(key) ?? "en-NZ";
  if (!user) {
    return (
      <Link href="/login" lang={english("signIn")} className={link}>
        {t("signIn")}
      </Link>
    );
  }
  const signedInAs = user.agency ? "signedInAsWithAgency" : "signedInAs";
  return (
    <div lang="en-NZ" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span lang={lang(signedInAs)}>
        {rich(signedInAs, {
          name: user.name,
          agency: user.agency?.acronym ?? "",
          strong: (chunks) => <strong lang="en-NZ">{chunks}</strong>,
        })}
      </span>
      <nav aria-label={t("staffPages")} lang={lang("staffPages")}>
        <ul lang="en-NZ" className="flex flex-wrap gap-x-4">
          {STAFF_LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <li key={l.href}>
              <Link href={l.href} className={link}>
                {L(`links.${l.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutActions.signOut}>
        <button type="submit" lang={lang("signOut")} className="min-h-11 py-2.5 text-white underline">
          {t("signOut")}
        </button>
      </form>
      <form action={signOutActions.signOutEverywhere}>
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
