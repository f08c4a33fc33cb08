import { getActor } from "@/lib/dal/actor";
import { exportPlan } from "@/lib/dal/plan-spreadsheet";
import { isWorkflowError } from "@/lib/dal/updates";
import type { ExportFormat } from "@/lib/plan-spreadsheet";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ file: string }> };

const FILES: Record<string, { format: ExportFormat; blank: boolean }> = {
  "mahere-plan.xlsx": { format: "xlsx", blank: false },
  "mahere-plan.csv.zip": { format: "csv", blank: false },
  "mahere-plan.json": { format: "json", blank: false },
  "template.xlsx": { format: "xlsx", blank: true },
  "template.csv.zip": { format: "csv", blank: true },
  "template.json": { format: "json", blank: true },
};

/** The whole current plan (or a blank template) in the spreadsheet layout, as a download. */
export async function GET(_request: Request, { params }: Props) {
  const wanted = FILES[(await params).file];
  if (!wanted) return new Response("There is no such file.", { status: 404 });
  try {
    const file = await exportPlan(await getActor(), wanted.format, { blank: wanted.blank });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isWorkflowError(error))
      return new Response(error.message, {
        status: error.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}
