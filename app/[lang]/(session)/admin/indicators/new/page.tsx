import type { Metadata } from "next";
import { saveIndicatorAction } from "../actions";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/indicators-admin/indicator-form";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { getIndicatorFormOptions, orRefuse } from "@/lib/dal/indicators-admin";
import { EMPTY_INDICATOR_VALUES } from "@/lib/indicators/form-values";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.indicators");
  return { title: t("add") };
}

export default async function NewIndicatorPage() {
  const options = await orRefuse(getIndicatorFormOptions(await getActor()));
  const { t, lang, L } = await uiText("admin.indicators");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/indicators" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 lang={lang("add")} className="text-3xl font-bold">
        {t("add")}
      </h1>
      <p className="mt-4 max-w-3xl">{L("new.intro")}</p>
      <ClientMessages paths={["staff.errorSummary", "admin.indicators.form"]}>
        <IndicatorForm
          saveAction={saveIndicatorAction}
          initialValues={EMPTY_INDICATOR_VALUES}
          agencies={options.agencies}
          actions={options.actions}
          recommendations={options.recommendations}
        />
      </ClientMessages>
    </>
  );
}
