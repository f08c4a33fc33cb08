import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { interfaceLang } from "@/i18n/lang";
import { uiText } from "@/i18n/ui-text";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  const [lang, { lang: langOf }] = await Promise.all([interfaceLang(), uiText("common.footer")]);
  // The footer is marked te reo Māori as a whole; a link still in English says so.
  const english = (key: string) => (lang && !langOf(key) ? "en-NZ" : undefined);
  return (
    <footer lang={lang} className="mt-12 border-t border-slate-300 bg-[var(--color-wash)]">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-[var(--color-muted)] sm:px-6">
        <p>{t("about")}</p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/status" className="inline-block py-1.5">
              {t("statusDefinitions")}
            </Link>
          </li>
          <li>
            <Link href="/accessibility" className="inline-block py-1.5">
              {t("accessibility")}
            </Link>
          </li>
          <li>
            <Link href="/reports" className="inline-block py-1.5">
              {t("reports")}
            </Link>
          </li>
          <li>
            <Link href="/data" className="inline-block py-1.5">
              {t("data")}
            </Link>
          </li>
          <li>
            <Link href="/stocktake/initiatives" lang={english("stocktake")} className="inline-block py-1.5">
              {t("stocktake")}
            </Link>
          </li>
          <li>
            <Link href="/subscribe" className="inline-block py-1.5">
              {t("subscribe")}
            </Link>
          </li>
          <li>
            <a href="/feed.xml" className="inline-block py-1.5">
              {t("feed")}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
