import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { checkTranslationsAction } from "./actions";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { SECONDARY_BUTTON } from "@/components/admin/buttons";
import { DoneBanner } from "@/components/admin/done-banner";
import { TranslationImportForm } from "@/components/admin/translation-import-form";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { checkAdminRight } from "@/lib/dal/admin-access";
import { orRefuse } from "@/lib/dal/indicators-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.translations");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The workbook's address (a file, the same in either language, so a plain link). */
const href = (which: "left" | "all") => `/admin/translations/translations.xlsx${which === "all" ? "?which=all" : ""}`;

/** Export the interface text for a translator; import the translated workbook (checked first): administrators only. */
export default async function TranslationsPage({ searchParams }: Props) {
  await orRefuse(checkAdminRight(await getActor(), "manage_translations"));
  const { done } = await searchParams;
  const { t, lang, L } = await uiText("admin.translations");
  return (
    <>
      <AdminPageHead namespace="admin.translations" />
      <DoneBanner namespace="admin.translations.done" keys={["applied"]} done={done} />
      <h2 lang={lang("exportHeading")} className="mt-8 text-2xl font-bold">
        {t("exportHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">{L("exportIntro")}</p>
      <ul className="mt-4 flex flex-wrap gap-4">
        <li>
          <a
            href={href("left")}
            lang={lang("exportLeft")}
            className={`${SECONDARY_BUTTON} inline-flex items-center no-underline`}
          >
            {t("exportLeft")}
          </a>
        </li>
        <li>
          <a
            href={href("all")}
            lang={lang("exportAll")}
            className={`${SECONDARY_BUTTON} inline-flex items-center no-underline`}
          >
            {t("exportAll")}
          </a>
        </li>
      </ul>
      <h2 lang={lang("importHeading")} className="mt-10 text-2xl font-bold">
        {t("importHeading")}
      </h2>
      <ClientMessages paths={["staff.errorSummary", "admin.translations"]}>
        <TranslationImportForm checkAction={checkTranslationsAction} />
      </ClientMessages>
    </>
  );
}
