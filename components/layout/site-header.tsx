import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/routing";
import { interfaceLang } from "@/i18n/lang";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

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

/**
 * The site's header. `account` is the user bar: rendered on the server on pages that read the
 * session anyway, a client island on public pages (which must not, to be cached whole).
 */
export async function SiteHeader({ account }: { account: ReactNode }) {
  const [t, lang, locale] = await Promise.all([getTranslations("common"), interfaceLang(), getLocale()]);
  const items = NAV.map(([key, href]) => ({
    href: localizedHref(href, locale),
    englishHref: href,
    label: t(`nav.${key}`),
  }));
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
          {account}
          <LanguageSwitch />
        </div>
      </div>
      <MainNav label={t("mainNavigation")} items={items} />
    </header>
  );
}
