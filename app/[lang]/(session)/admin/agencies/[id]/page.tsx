import type { Metadata } from "next";
import { retireAgencyAction, saveAgencyAction } from "../actions";
import { AgencyForm } from "@/components/admin/agency-form";
import { ButtonForm } from "@/components/admin/button-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { getAgencyForEdit } from "@/lib/dal/agencies-admin";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { formatDateTime } from "@/lib/format/dates";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) ? Number(raw) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agency = await orRefuse(getAgencyForEdit(await getActor(), idOf((await params).id)));
  return { title: `${agency.acronym}: ${agency.name}` };
}

const DONE = ["created", "updated", "unchanged", "retired", "unretired"] as const;

export default async function EditAgencyPage({ params, searchParams }: Props) {
  const agency = await orRefuse(getAgencyForEdit(await getActor(), idOf((await params).id)));
  const { done } = await searchParams;
  const { t, lang, L } = await uiText("admin.agencies");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/agencies" className="inline-block min-h-6">
          {L("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        {agency.acronym}: {agency.name}
      </h1>
      <DoneBanner namespace="admin.agencies.done" keys={DONE} done={done} />
      <p className="mt-4">
        {agency.retiredAt ? L("retiredOn", { date: formatDateTime(agency.retiredAt) }) : L("active")} ·{" "}
        {L("peopleCount", { count: agency.people })}
      </p>
      <h2 lang={lang("editHeading")} className="mt-8 text-2xl font-bold">
        {t("editHeading")}
      </h2>
      <ClientMessages paths={["staff.errorSummary", "admin.agencies.form"]}>
        <AgencyForm
          key={agency.updatedAt}
          saveAction={saveAgencyAction}
          agency={{ id: agency.id, updatedAt: agency.updatedAt }}
          initialValues={{
            name: agency.name,
            nameMi: agency.nameMi ?? "",
            acronym: agency.acronym,
            slug: agency.slug,
            websiteUrl: agency.websiteUrl ?? "",
          }}
        />
      </ClientMessages>
      <h2 lang={lang(agency.retiredAt ? "unretireHeading" : "retireHeading")} className="mt-10 text-2xl font-bold">
        {t(agency.retiredAt ? "unretireHeading" : "retireHeading")}
      </h2>
      <ButtonForm
        action={retireAgencyAction}
        hidden={{ agencyId: String(agency.id), retire: agency.retiredAt ? "no" : "yes" }}
        label={t(agency.retiredAt ? "unretire" : "retire")}
        hint={t(agency.retiredAt ? "unretireHint" : "retireHint")}
        hintId="retire-hint"
        danger={!agency.retiredAt}
      />
    </>
  );
}
