import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/i18n/routing";
import { getActor } from "@/lib/dal/actor";
import type { Actor } from "@/lib/permissions/actor";
import { checkPlanUpload, requirePlanSpreadsheet } from "@/lib/dal/plan-spreadsheet";
import { isWorkflowError } from "@/lib/dal/updates";
import { answer, isPlanFileRefused, MAX_UPLOAD_BYTES, MAX_ROWS, type ImportRefusal } from "@/lib/plan-spreadsheet";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }> };

/**
 * The dry run of an uploaded plan file: read, checked against the plan and kept. Answers the page's
 * script with a stream of progress lines, a plain form post with a redirect to the preview.
 */
export async function POST(request: Request, { params }: Props) {
  const { lang } = await params;
  const t = await getTranslations({ locale: lang, namespace: "admin.planImport.refused" });
  const refuse = (code: ImportRefusal) => ({
    type: "refused" as const,
    code,
    message: t(code, { limit: MAX_UPLOAD_BYTES / 1048576, rows: MAX_ROWS }),
  });
  const back = (code: ImportRefusal) => localizedHref(`/admin/plan/import?refused=${code}`, lang);

  // Who is asking and what they sent are read before any stream starts (they need the request).
  const received = await receive(request);
  if ("refused" in received) return answer(request, async () => refuse(received.refused), back);
  const { actor, file } = received;
  return answer(
    request,
    async (progress) => {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await checkPlanUpload(actor, { fileName: file.name, bytes }, progress);
        progress("save", 1);
        return { type: "done", url: localizedHref(`/admin/plan/import/${result.id}`, lang) };
      } catch (error) {
        if (isPlanFileRefused(error)) return refuse(error.code);
        console.error("Plan import check failed:", error);
        return refuse("failed");
      }
    },
    back,
  );
}

async function receive(request: Request): Promise<{ refused: ImportRefusal } | { actor: Actor; file: File }> {
  if (!isSameOriginRequest(request.headers)) return { refused: "cross_site" };
  const actor = await getActor();
  try {
    requirePlanSpreadsheet(actor);
  } catch (error) {
    if (isWorkflowError(error)) return { refused: "forbidden" };
    throw error;
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 65536) return { refused: "too_large" };
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File) || file.size === 0) return { refused: "no_file" };
  if (file.size > MAX_UPLOAD_BYTES) return { refused: "too_large" };
  return { actor, file };
}
