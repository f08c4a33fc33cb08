import "server-only";
import { reportCsv } from "@/lib/reports/report-csv";
import { reportWorkbook } from "@/lib/reports/report-workbook";
import { getActor } from "./actor";
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
  if (format === "csv") {
    return new Response(reportCsv(report), {
      headers: { ...PRIVATE, ...disposition, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const body = await reportWorkbook(report);
  return new Response(new Uint8Array(body), {
    headers: {
      ...PRIVATE,
      ...disposition,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
