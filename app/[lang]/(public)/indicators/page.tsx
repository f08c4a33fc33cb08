import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IndicatorSection } from "@/components/indicators/indicator-section";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/timeline/page-heading";
import { isDemoMode } from "@/lib/dal/db";
import { getPublicIndicators } from "@/lib/dal/public-indicators";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("indicators"), getTranslations("pages.meta")]);
  return pageMetadata({ title: t("metaTitle"), description: meta("indicators"), path: "/indicators" });
}

export default async function IndicatorsPage() {
  const [t, tc, data] = await Promise.all([
    getTranslations("indicators"),
    getTranslations("common"),
    getPublicIndicators(),
  ]);
  const indicators = [...data.indicators].sort((a, b) => a.code.localeCompare(b.code, "en-NZ", { numeric: true }));
  const illustrative = indicators.some((i) => i.provenance === "illustrative");

  return (
    <>
      <PageHeading en={t("heading.en")} mi={t("heading.mi")} />
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
      {isDemoMode() && <Notice title={tc("demo.title")}>{tc("demo.body")}</Notice>}
      {illustrative && <Notice title={t("illustrativeTitle")}>{t("illustrativeBody")}</Notice>}

      {indicators.length === 0 ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <>
          <nav aria-labelledby="indicator-contents" className="mt-6">
            <h2 id="indicator-contents" className="text-xl font-bold">
              {t("contents")}
            </h2>
            <ul className="mt-2 space-y-1">
              {indicators.map((i) => (
                <li key={i.code}>
                  <a href={`#indicator-${i.code}`} className="inline-block min-h-6 py-0.5">
                    {i.code}: {i.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {indicators.map((i) => (
            <IndicatorSection key={i.code} indicator={i} />
          ))}
        </>
      )}
    </>
  );
}
