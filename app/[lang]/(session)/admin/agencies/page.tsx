import type { Metadata } from "next";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { getTranslations } from "next-intl/server";
import { PRIMARY_LINK } from "@/components/admin/buttons";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listAgenciesForManagement } from "@/lib/dal/agencies-admin";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.agencies");
  return { title: t("title") };
}

export default async function ManageAgenciesPage() {
  const agencies = await orRefuse(listAgenciesForManagement(await getActor()));
  const { L } = await uiText("admin.agencies");
  return (
    <>
      <AdminPageHead namespace="admin.agencies" />
      <p className="mt-4">
        <Link href="/admin/agencies/new" className={PRIMARY_LINK}>
          {L("add")}
        </Link>
      </p>
      <ScrollRegion labelledBy="agencies-caption" className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption id="agencies-caption" className="mb-2 text-left text-xl font-bold">
            {L("caption", { count: agencies.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">
                {L("table.acronym")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {L("table.name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {L("table.slug")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {L("table.people")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {L("table.status")}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">{L("table.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {a.acronym}
                </th>
                <td className="py-2 pr-4">
                  {a.name}
                  {a.nameMi && (
                    <span lang="mi" className="block text-sm">
                      {a.nameMi}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">{a.slug}</td>
                <td className="py-2 pr-4">{a.people}</td>
                <td className="py-2 pr-4">
                  {a.retiredAt ? L("retiredOn", { date: formatDateTime(a.retiredAt) }) : L("active")}
                </td>
                <td className="py-2">
                  <Link href={`/admin/agencies/${a.id}`} className="inline-block min-h-6 py-0.5">
                    {L("table.edit")}
                    <span className="sr-only"> {a.acronym}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
