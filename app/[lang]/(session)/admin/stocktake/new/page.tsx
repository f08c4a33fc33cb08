import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoundForm } from "@/components/stocktake-admin/round-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listRoundsToCopy } from "@/lib/dal/stocktake/rounds-admin";
import { EMPTY_ROUND_VALUES } from "@/lib/stocktake/round-input";
import { saveRoundAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake");
  return { title: t("add") };
}

export default async function NewStocktakeRoundPage() {
  const copyChoices = await orRefuse(listRoundsToCopy(await getActor()));
  const { t, lang, L } = await uiText("admin.stocktake");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/stocktake" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 lang={lang("add")} className="text-3xl font-bold">
        {t("add")}
      </h1>
      <p className="mt-4 max-w-3xl">{L("addIntro")}</p>
      <ClientMessages paths={["staff.errorSummary", "staff.longText", "admin.stocktake.form"]}>
        <RoundForm saveAction={saveRoundAction} initialValues={EMPTY_ROUND_VALUES} copyChoices={copyChoices} />
      </ClientMessages>
    </>
  );
}
