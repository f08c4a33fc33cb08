import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listAdminAreas } from "@/lib/dal/admin-home";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { ADMIN_AREA_LINKS } from "@/lib/people/admin-area-links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.home");
  return { title: t("title") };
}

/** The administration areas the signed-in person may open, each with what it is for. */
export default async function AdminHomePage() {
  const areas = await orRefuse(listAdminAreas(await getActor()));
  const { t, lang, L } = await uiText("admin.home");
  const links = areas.map((area) => ({ area, href: ADMIN_AREA_LINKS[area] }));
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 max-w-3xl">{L("intro")}</p>
      <ul className="mt-6 grid max-w-4xl gap-4 sm:grid-cols-2">
        {links.map(({ area, href }) => (
          <li key={area} className="rounded border-2 border-slate-300 p-4">
            <h2 lang={lang(`areas.${area}.title`)} className="text-xl font-bold">
              <Link href={href}>{t(`areas.${area}.title`)}</Link>
            </h2>
            <p className="mt-2">{L(`areas.${area}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
