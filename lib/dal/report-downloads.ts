import "server-only";
import { reportCsv } from "@/lib/reports/report-csv";
import { reportWorkbook } from "@/lib/reports/report-workbook";
import { DEMO_REPORT_NOTICE } from "@/lib/reports/report-notice";
import { getActor } from "./actor";
import { isDemoMode } from "./db";
import { loadQuarterlyReport } from "./reports";

const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" } as const;

function notAvailable(status: "unknown" | "open"): Response {
  const message =
    status === "open"
      ? "This period has not closed yet; the report is built when it closes."
      : "There is no reporting period with this name.";
  return new Response(message, { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The report's downloads, for whoever is asking: the staff version for a signed-in user, the public
 * version otherwise, exactly as the page shows it.
 */
export async function reportDownload(slug: string, format: "csv" | "xlsx"): Promise<Response> {
  const result = await loadQuarterlyReport(await getActor(), slug);
  if (result.status !== "ready") return notAvailable(result.status);
  const { report } = result;
  const name = `mahere-report-${report.period.slug}${report.version === "public" ? "-public" : ""}.${format}`;
  const disposition = { "Content-Disposition": `attachment; filename="${name}"` };
  const notice = isDemoMode() ? DEMO_REPORT_NOTICE : null;
  if (format === "csv") {
    return new Response(reportCsv(report, notice), {
      headers: { ...PRIVATE, ...disposition, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const body = await reportWorkbook(report, notice);
  return new Response(new Uint8Array(body), {
    headers: {
      ...PRIVATE,
      ...disposition,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
