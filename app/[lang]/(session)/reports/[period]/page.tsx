import type { Metadata } from "next";
import { isDemoMode } from "@/lib/dal/db";
import { cssPageNumbers, cssString, PAGE_MARKS } from "@/lib/reports/report-notice";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReportChanges } from "@/components/reports/report-changes";
import { ReportExceptions } from "@/components/reports/report-exceptions";
import { ReportIndicators } from "@/components/reports/report-indicators";
import { ReportOverview } from "@/components/reports/report-overview";
import { ReportWorkstreams } from "@/components/reports/report-workstreams";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { loadQuarterlyReport } from "@/lib/dal/reports";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { getTranslations } from "next-intl/server";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { periodSlug } from "@/lib/periods/period-slug";
import { pageMetadata } from "@/lib/seo/page-seo";
import "../report-print.css";

type Props = { params: Promise<{ period: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { period: slug } = await params;
  const [meta, plan] = await Promise.all([getTranslations("pages.meta"), getPublicPlan()]);
  const period = plan?.periods.find((p) => periodSlug(p.label) === slug);
  if (!period) return {};
  // An open period's page says its report is not built yet: nothing to describe or index.
  if (!period.closed) return { title: meta("reportTitle", { period: period.label }) };
  return pageMetadata({
    title: meta("reportTitle", { period: period.label }),
    description: meta("report", {
      period: period.label,
      from: formatDate(period.startsOn),
      to: formatDate(period.endsOn),
    }),
    path: `/reports/${slug}`,
  });
}

/** The report's sections, in order, for its table of contents. */
const CONTENTS = ["overview", "workstreams", "exceptions", "indicators", "changes"] as const;

const DOWNLOAD = "inline-flex min-h-11 items-center rounded border-2 border-[var(--color-brand)] px-4 font-semibold";

export default async function QuarterlyReportPage({ params }: Props) {
  await connection();
  const { period } = await params;
  const [result, { t, lang, L }] = await Promise.all([
    loadQuarterlyReport(await getActor(), period),
    uiText("reports"),
  ]);
  if (result.status === "unknown") notFound();
  if (result.status === "open") {
    return (
      <>
        <h1 lang={lang("title")} className="text-3xl font-bold sm:text-4xl">
          {t("title", { period: result.label })}
        </h1>
        <p className="mt-4 text-lg">{L("notClosed")}</p>
        <p className="mt-4">
          <Link href="/reports">{L("allReports")}</Link>
        </p>
      </>
    );
  }
  const { report } = result;
  const staff = report.version === "staff";
  const base = `/reports/${report.period.slug}`;
  const closedAt = formatDateTime(report.period.closedAt);
  const footer = cssString(t("printFooter", { period: report.period.label, asAt: closedAt }));
  const pages = cssPageNumbers(t("printPages", PAGE_MARKS));
  return (
    <article className="report-document">
      {/* On paper: page numbers and the report's "as at" in every page's margin. */}
      {/* `href` and `precedence` let React hoist it into the document's head. */}
      <style
        href={`report-print-footer-${report.period.slug}`}
        precedence="default"
      >{`@media print { @page { @bottom-left { content: ${footer}; font-size: 8pt; } @bottom-right { content: ${pages}; font-size: 8pt; } } }`}</style>
      <p className="report-screen-only">
        <Link href="/reports" className="inline-block min-h-6 py-0.5">
          {L("allReports")}
        </Link>
      </p>
      <h1 lang={lang("title")} className="mt-2 text-3xl leading-tight font-bold sm:text-4xl">
        {t("title", { period: report.period.label })}
      </h1>
      <p className="mt-2 text-lg">
        {L("subtitle", { from: formatDate(report.period.startsOn), to: formatDate(report.period.endsOn) })}
      </p>
      <p className="mt-1">{L("asPublished", { closedAt })}</p>
      {report.period.planVersion && <p className="mt-1">{L("planVersion", { version: report.period.planVersion })}</p>}
      {isDemoMode() && (
        <p className="mt-3 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-3 py-2 font-semibold">
          {L("demoNotice")}
        </p>
      )}
      <p className="report-version mt-3 inline-block border-2 border-slate-600 px-3 py-1 font-semibold">
        {L(staff ? "staffVersion" : "publicVersion")}
      </p>

      <div className="report-screen-only mt-6 flex flex-wrap gap-x-10 gap-y-4">
        <section aria-labelledby="downloads">
          <h2 id="downloads" lang={lang("downloads.heading")} className="text-xl font-bold">
            {t("downloads.heading")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            <li>
              <a href={`${base}/report.csv`} download className={DOWNLOAD}>
                {L("downloads.csv")}
              </a>
            </li>
            <li>
              <a href={`${base}/report.xlsx`} download className={DOWNLOAD}>
                {L("downloads.xlsx")}
              </a>
            </li>
          </ul>
          <p className="mt-2 text-sm text-[var(--color-muted)]">{L("downloads.pdf")}</p>
        </section>
        <nav aria-labelledby="report-contents">
          <h2 id="report-contents" lang={lang("contents")} className="text-xl font-bold">
            {t("contents")}
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            {CONTENTS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="inline-block min-h-6 py-0.5">
                  {L(`sections.${id}`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </div>

      <ReportOverview overview={report.overview} />
      <ReportWorkstreams workstreams={report.workstreams} staff={staff} />
      <ReportExceptions exceptions={report.exceptions} />
      <ReportIndicators indicators={report.indicators} />
      <ReportChanges changes={report.changes} />
    </article>
  );
}
