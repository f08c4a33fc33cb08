import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { PRIMARY_LINK } from "@/components/admin/buttons";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listRoundsForManagement } from "@/lib/dal/stocktake/rounds-admin";
import { formatDateTime } from "@/lib/format/dates";
import { RESPONSE_STATUSES } from "@/lib/stocktake/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake");
  return { title: t("title") };
}

export default async function StocktakeRoundsAdminPage() {
  const rounds = await orRefuse(listRoundsForManagement(await getActor()));
  const [{ L }, vocab] = await Promise.all([uiText("admin.stocktake"), uiText("stocktake.vocabulary")]);
  return (
    <>
      <AdminPageHead namespace="admin.stocktake" />
      <p className="mt-4">
        <Link href="/admin/stocktake/new" className={PRIMARY_LINK}>
          {L("add")}
        </Link>
      </p>
      {rounds.length === 0 ? (
        <p className="mt-6">{L("none")}</p>
      ) : (
        <ScrollRegion labelledBy="rounds-caption" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption id="rounds-caption" className="mb-2 text-left text-xl font-bold">
              {L("caption", { count: rounds.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("table.round")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.dates")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.state")}
                </th>
                <th scope="col" className="py-2">
                  {L("table.responses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={`/admin/stocktake/${r.slug}`} className="inline-block min-h-6">
                      {r.title}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    {L("datesValue", {
                      opens: formatDateTime(r.opensAt.toISOString()),
                      closes: formatDateTime(r.closesAt.toISOString()),
                    })}
                  </td>
                  <td className="py-2 pr-4">{L(`states.${r.state}`)}</td>
                  <td className="py-2">
                    <Link href={`/admin/stocktake/${r.slug}/responses`} className="inline-block min-h-6">
                      {L("responsesLink")}
                      <span className="sr-only"> {r.title}</span>
                    </Link>
                    <ul className="text-sm">
                      {RESPONSE_STATUSES.filter((s) => r.responses[s]).map((s) => (
                        <li key={s}>
                          {vocab.L(`responseStatuses.${s}`)}: {r.responses[s]}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
