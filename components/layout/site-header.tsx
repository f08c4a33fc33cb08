import { headers } from "next/headers";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { interfaceLang } from "@/i18n/lang";
import { LanguageSwitch } from "./language-switch";
import { UserBar, type SignOutActions } from "./user-bar";

const NAV = [
  ["overview", "/"],
  ["recommendations", "/recommendations"],
  ["workstreams", "/workstreams"],
  ["actions", "/actions"],
  ["agencies", "/agencies"],
  ["timeline", "/timeline"],
  ["indicators", "/indicators"],
  ["data", "/data"],
] as const;

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

export async function SiteHeader({ signOutActions }: { signOutActions: SignOutActions }) {
  const t = await getTranslations("common");
  const path = (await headers()).get("x-mahere-path") ?? "";
  const lang = await interfaceLang();
  return (
    <header lang={lang} className="bg-[var(--color-brand)] text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-4 sm:px-6">
        <div>
          <Link href="/" className="text-2xl font-bold text-white no-underline hover:text-white">
            {t("siteName")}
          </Link>
          <p className="text-sm">{t("tagline")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <UserBar signOutActions={signOutActions} />
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="mx-auto max-w-6xl px-2 sm:px-4">
        <ul className="flex flex-wrap gap-x-1 py-2">
          {NAV.map(([key, href]) => {
            const current = isCurrent(path, href);
            return (
              <li key={key}>
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block min-h-11 px-2 py-2.5 text-white underline-offset-4 hover:text-white ${
                    current ? "font-bold underline decoration-4" : "no-underline hover:underline"
                  }`}
                >
                  {t(`nav.${key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
