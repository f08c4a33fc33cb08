import type { Metadata } from "next";
import { generatePeriodAction } from "./actions";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GeneratePeriodForm } from "@/components/admin/generate-period-form";
import { PeriodsBanner } from "@/components/admin/periods-banner";
import { PeriodsTable } from "@/components/admin/periods-table";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listPeriods, type PeriodList } from "@/lib/dal/periods";
import { isWorkflowError } from "@/lib/dal/updates";
import { nzDateOf } from "@/lib/periods/nz-time";
import { nextQuarterlyPeriod } from "@/lib/periods/period-input";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.periods");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeriodsPage({ searchParams }: Props) {
  const { done, period } = await searchParams;
  const actor = await getActor();
  let list: PeriodList;
  try {
    list = await listPeriods(actor);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
  const next = nextQuarterlyPeriod(list.periods, nzDateOf(new Date())).label;
  const { t, lang, L } = await uiText("admin.periods");

  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <PeriodsBanner done={done} period={period} />
      <p className="mt-4 max-w-3xl">{L("intro")}</p>
      <h2 lang={lang("addHeading")} className="mt-8 text-2xl font-bold">
        {t("addHeading")}
      </h2>
      <ClientMessages paths={["admin.periods.generate"]}>
        <GeneratePeriodForm next={next} generateAction={generatePeriodAction} />
      </ClientMessages>
      <h2 lang={lang("allHeading")} className="mt-8 text-2xl font-bold">
        {t("allHeading")}
      </h2>
      <PeriodsTable periods={list.periods} actions={list.actions} />
    </>
  );
}
