import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { requirePlanSpreadsheet } from "@/lib/dal/plan-spreadsheet";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.planExport");
  return { title: t("title") };
}

const FORMATS = ["xlsx", "csv", "json"] as const;
const FILE = { xlsx: "xlsx", csv: "csv.zip", json: "json" } as const;

/** Downloads of the whole plan, and of a blank template, in the three formats of one layout. */
export default async function PlanExportPage() {
  await orRefuse(Promise.resolve().then(async () => requirePlanSpreadsheet(await getActor())));
  const { t, L } = await uiText("admin.planExport");
  // Plain links (not the router's): these are downloads.
  const download = (name: string) => `/admin/plan/export/${name}`;
  return (
    <>
      <AdminPageHead namespace="admin.planExport" />
      <h2 className="mt-8 text-2xl font-bold">{L("planHeading")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {FORMATS.map((f) => (
          <li key={f}>
            <a href={download(`mahere-plan.${FILE[f]}`)} download>
              {L(`formats.${f}`)}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-2xl font-bold">{L("templateHeading")}</h2>
      <p className="mt-2 max-w-3xl">{L("templateIntro")}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {FORMATS.map((f) => (
          <li key={f}>
            <a href={download(`template.${FILE[f]}`)} download>
              {t(`templates.${f}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href="/admin/plan/import">{L("toImport")}</Link>
      </p>
    </>
  );
}
