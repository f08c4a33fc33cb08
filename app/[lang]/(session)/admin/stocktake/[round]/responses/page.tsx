import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listResponses } from "@/lib/dal/stocktake/review";
import { formatDateTime } from "@/lib/format/dates";

type Props = { params: Promise<{ round: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake.responses");
  return { title: t("title") };
}

/** A round's responses, those waiting for TEC first. */
export default async function StocktakeResponsesPage({ params }: Props) {
  const { round: slug } = await params;
  const { round, responses } = await orRefuse(listResponses(await getActor(), slug));
  const [{ L, t }, vocab] = await Promise.all([uiText("admin.stocktake.responses"), uiText("stocktake.vocabulary")]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/admin/stocktake/${slug}`} className="inline-block min-h-6">
          {round.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{L("title")}</h1>
      <p className="mt-4 max-w-3xl">{L("intro")}</p>
      {responses.length === 0 ? (
        <p className="mt-6">{L("none")}</p>
      ) : (
        <ScrollRegion labelledBy="responses-caption" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption id="responses-caption" className="mb-2 text-left text-xl font-bold">
              {L("caption", { count: responses.length, round: round.title })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("table.response")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.organisation")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("table.status")}
                </th>
                <th scope="col" className="py-2">
                  {L("table.changed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {responses.map((r) => (
                <tr key={r.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={`/admin/stocktake/${slug}/responses/${r.id}`} className="inline-block min-h-6">
                      {r.name ?? t("unnamed", { id: r.id })}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{r.organisation ?? "–"}</td>
                  <td className="py-2 pr-4">
                    {vocab.L(`responseStatuses.${r.status}`)}
                    {r.duplicateOfId && (
                      <span className="block text-sm">{L("duplicateOf", { id: r.duplicateOfId })}</span>
                    )}
                  </td>
                  <td className="py-2">{formatDateTime(r.updatedAt.toISOString())}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
