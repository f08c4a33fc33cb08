import { getActor } from "@/lib/dal/actor";
import { exportTranslations } from "@/lib/dal/translations-admin";
import { isWorkflowError } from "@/lib/dal/updates";

export const dynamic = "force-dynamic";

/** The translation workbook: `?which=all` for every text, otherwise only the text still to translate. */
export async function GET(request: Request) {
  const which = new URL(request.url).searchParams.get("which") === "all" ? "all" : "left";
  let body: Buffer;
  try {
    body = await exportTranslations(await getActor(), which);
  } catch (error) {
    if (isWorkflowError(error)) {
      return new Response(error.message, {
        status: error.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="mahere-te-reo-maori-${which === "all" ? "all" : "to-translate"}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
}
