import type { Metadata } from "next";
import { saveAgencyAction } from "../actions";
import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { checkAdminRight } from "@/lib/dal/admin-access";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { EMPTY_AGENCY_VALUES } from "@/lib/people/agency-input";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.agencies");
  return { title: t("add") };
}

export default async function NewAgencyPage() {
  await orRefuse(checkAdminRight(await getActor(), "manage_agencies"));
  const { t, lang, L } = await uiText("admin.agencies");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/agencies" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 lang={lang("add")} className="text-3xl font-bold">
        {t("add")}
      </h1>
      <ClientMessages paths={["staff.errorSummary", "admin.agencies.form"]}>
        <AgencyForm saveAction={saveAgencyAction} initialValues={EMPTY_AGENCY_VALUES} />
      </ClientMessages>
    </>
  );
}
