import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CoverageSection } from "@/components/stocktake/coverage-section";
import { coverageViews, INITIATIVES_PATH } from "@/components/stocktake/coverage-views";
import { RoundPicker } from "@/components/stocktake/round-picker";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { loadStocktakeAnalysis, type StocktakeAnalysis } from "@/lib/dal/stocktake/coverage";
import { isWorkflowError } from "@/lib/dal/updates";
import { formatDateTime } from "@/lib/format/dates";
import { ANALYSIS_FILES, analysisFileHref } from "@/lib/stocktake/analysis-files";
import { initiativesHref } from "@/lib/stocktake/initiative-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coverage.analysis");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The stocktake's gaps and overlaps for TEC monitors: both coverage heatmaps, their tables and downloads. */
export default async function StocktakeAnalysisPage({ searchParams }: Props) {
  let analysis: StocktakeAnalysis | null;
  try {
    analysis = await loadStocktakeAnalysis(await getActor(), await searchParams);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
  const { t, lang, L } = await uiText("coverage.analysis");
  const heading = (
    <h1 lang={lang("title")} className="text-3xl font-bold">
      {t("title")}
    </h1>
  );
  if (!analysis) {
    return (
      <>
        {heading}
        <p className="mt-4">{L("noRound")}</p>
      </>
    );
  }
  const { round, responses } = analysis;
  const views = await coverageViews(analysis);
  return (
    <>
      {heading}
      <p className="mt-4 max-w-3xl">{L("intro", { threshold: round.overlapThreshold })}</p>
      <RoundPicker action="/stocktake/analysis" rounds={analysis.rounds} current={round} />
      <p className="mt-4 max-w-3xl font-semibold">
        {L("roundLine", {
          title: round.title,
          closed: round.closed ? "yes" : "no",
          from: formatDateTime(round.opensAt.toISOString()),
          to: formatDateTime(round.closesAt.toISOString()),
        })}
      </p>
      <p className="mt-2 max-w-3xl">
        {L("counted", {
          accepted: responses.accepted,
          waiting: responses.submitted,
          returned: responses.returned,
          duplicate: responses.duplicate,
        })}{" "}
        <Link href={initiativesHref(INITIATIVES_PATH, { round: round.slug })}>{L("publicList")}</Link>
      </p>
      <section aria-labelledby="downloads-heading" className="mt-6">
        <h2 id="downloads-heading" lang={lang("downloads")} className="text-lg font-bold">
          {t("downloads")}
        </h2>
        <ul className="mt-1 list-disc pl-6">
          {ANALYSIS_FILES.map((file) => (
            <li key={file}>
              <a href={analysisFileHref(file, round.slug)} className="inline-block min-h-6 py-0.5" download>
                {file.endsWith(".xlsx")
                  ? L("xlsx")
                  : L("csv", {
                      caption: views[file === "region-support.csv" ? "byRegion" : "byRecommendation"].caption,
                    })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <CoverageSection view={views.byRecommendation} />
      <CoverageSection view={views.byRegion} />
    </>
  );
}
