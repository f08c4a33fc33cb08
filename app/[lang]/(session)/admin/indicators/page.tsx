import type { Metadata } from "next";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listIndicatorsForManagement, orRefuse } from "@/lib/dal/indicators-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.indicators");
  return { title: t("title") };
}

const number = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2 });

export default async function ManageIndicatorsPage() {
  const indicators = await orRefuse(listIndicatorsForManagement(await getActor()));
  const { t, rich, lang, L } = await uiText("admin.indicators");
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p lang={lang("intro")} className="mt-4 max-w-3xl">
        {rich("intro", { link: (chunks) => <Link href="/indicators">{chunks}</Link> })}
      </p>
      <p className="mt-4">
        <Link
          href="/admin/indicators/new"
          className="inline-flex min-h-11 items-center rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white no-underline hover:bg-[var(--color-brand-dark)] hover:text-white"
        >
          {L("add")}
        </Link>
      </p>
      {indicators.length === 0 ? (
        <p className="mt-6 font-semibold">{L("none")}</p>
      ) : (
        <ScrollRegion labelledBy="indicators-caption" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption id="indicators-caption" className="mb-2 text-left text-xl font-bold">
              {L("caption", { count: indicators.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("code")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("titleColumn")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("owner")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("latestReading")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{L("edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.code} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {i.code}
                  </th>
                  <td className="py-2 pr-4">{i.title}</td>
                  <td className="py-2 pr-4">{i.ownerAgency}</td>
                  <td className="py-2 pr-4">
                    {i.latestReading
                      ? t("latestValue", {
                          value: number.format(i.latestReading.value),
                          unit: i.unit,
                          period: i.latestReading.period,
                        })
                      : L("noneRecorded")}
                  </td>
                  <td className="py-2">
                    <Link
                      href={`/admin/indicators/${encodeURIComponent(i.code)}`}
                      className="inline-block min-h-6 py-0.5"
                    >
                      {L("edit")}
                      <span className="sr-only"> {i.code}</span>
                    </Link>
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
