import { reportDownload } from "@/lib/dal/report-downloads";

export const dynamic = "force-dynamic";

/** The quarterly report as an Excel workbook (staff or public version, like the page). */
export async function GET(_request: Request, { params }: { params: Promise<{ period: string }> }) {
  return reportDownload((await params).period, "xlsx");
}
