import type { Metadata } from "next";
import { isDemoMode } from "@/lib/dal/db";
import { cssString, DEMO_REPORT_NOTICE, printFooter } from "@/lib/reports/report-notice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReportChanges } from "@/components/reports/report-changes";
import { ReportExceptions } from "@/components/reports/report-exceptions";
import { ReportIndicators } from "@/components/reports/report-indicators";
import { ReportOverview } from "@/components/reports/report-overview";
import { ReportWorkstreams } from "@/components/reports/report-workstreams";
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

const CONTENTS = [
  ["overview", "Overview"],
  ["workstreams", "Workstreams"],
  ["exceptions", "Exceptions"],
  ["indicators", "Indicators"],
  ["changes", "What changed"],
] as const;

export default async function QuarterlyReportPage({ params }: Props) {
  await connection();
  const { period } = await params;
  const result = await loadQuarterlyReport(await getActor(), period);
  if (result.status === "unknown") notFound();
  if (result.status === "open") {
    return (
      <>
        <h1 className="text-3xl font-bold sm:text-4xl">Quarterly report: {result.label}</h1>
        <p className="mt-4 text-lg">This period has not closed yet; the report is built when it closes.</p>
        <p className="mt-4">
          <Link href="/reports">All quarterly reports</Link>
        </p>
      </>
    );
  }
  const { report } = result;
  const staff = report.version === "staff";
  const base = `/reports/${report.period.slug}`;
  const footer = cssString(printFooter(report.period.label, formatDateTime(report.period.closedAt)));
  return (
    <article className="report-document">
      {/* On paper: page numbers and the report's "as at" in every page's margin. */}
      {/* `href` and `precedence` let React hoist it into the document's head. */}
      <style
        href={`report-print-footer-${report.period.slug}`}
        precedence="default"
      >{`@media print { @page { @bottom-left { content: ${footer}; font-size: 8pt; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } } }`}</style>
      <p className="report-screen-only">
        <Link href="/reports" className="inline-block min-h-6 py-0.5">
          All quarterly reports
        </Link>
      </p>
      <h1 className="mt-2 text-3xl leading-tight font-bold sm:text-4xl">Quarterly report: {report.period.label}</h1>
      <p className="mt-2 text-lg">
        National Careers System Strategy Action Plan, {formatDate(report.period.startsOn)} to{" "}
        {formatDate(report.period.endsOn)}.
      </p>
      <p className="mt-1">
        As published when the period closed, {formatDateTime(report.period.closedAt)}. Later updates and plan changes do
        not change this report.
      </p>
      {isDemoMode() && (
        <p className="mt-3 border-l-4 border-[var(--color-notice-border)] bg-[var(--color-notice)] px-3 py-2 font-semibold">
          {DEMO_REPORT_NOTICE}
        </p>
      )}
      <p className="report-version mt-3 inline-block border-2 border-slate-600 px-3 py-1 font-semibold">
        {staff
          ? "Staff version: includes reporting compliance, which is not published"
          : "Public version: published information only"}
      </p>

      <div className="report-screen-only mt-6 flex flex-wrap gap-x-10 gap-y-4">
        <section aria-labelledby="downloads">
          <h2 id="downloads" className="text-xl font-bold">
            Downloads
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            <li>
              <a
                href={`${base}/report.csv`}
                download
                className="inline-flex min-h-11 items-center rounded border-2 border-[var(--color-brand)] px-4 font-semibold"
              >
                Actions as CSV
              </a>
            </li>
            <li>
              <a
                href={`${base}/report.xlsx`}
                download
                className="inline-flex min-h-11 items-center rounded border-2 border-[var(--color-brand)] px-4 font-semibold"
              >
                Full report as Excel (XLSX)
              </a>
            </li>
          </ul>
          <p className="mt-2 text-sm text-[var(--color-muted)]">To get a PDF, print this page and save it as PDF.</p>
        </section>
        <nav aria-labelledby="report-contents">
          <h2 id="report-contents" className="text-xl font-bold">
            Contents
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            {CONTENTS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="inline-block min-h-6 py-0.5">
                  {label}
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
