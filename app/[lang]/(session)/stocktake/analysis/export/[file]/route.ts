import type { NextRequest } from "next/server";
import { getActor } from "@/lib/dal/actor";
import { analysisDownload } from "@/lib/dal/stocktake/analysis-download";
import { isWorkflowError } from "@/lib/dal/updates";
import { isAnalysisFile } from "@/lib/stocktake/analysis-files";

const PRIVATE = { "cache-control": "private, no-store" } as const;

/** A coverage matrix as CSV, or the whole analysis as XLSX: TEC monitors only, like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isAnalysisFile(file)) return new Response("There is no such download.\n", { status: 404, headers: PRIVATE });
  try {
    const download = await analysisDownload(await getActor(), file, Object.fromEntries(request.nextUrl.searchParams));
    if (!download) return new Response("No stocktake round has opened yet.\n", { status: 404, headers: PRIVATE });
    return new Response(new Uint8Array(download.body), {
      headers: {
        ...PRIVATE,
        "content-type": download.contentType,
        "content-disposition": `attachment; filename="${download.filename}"`,
      },
    });
  } catch (error) {
    if (isWorkflowError(error)) return new Response(`${error.message}\n`, { status: error.status, headers: PRIVATE });
    throw error;
  }
}
