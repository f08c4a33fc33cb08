import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/i18n/routing";
import { getActor } from "@/lib/dal/actor";
import { applyPlanImport, PlanImportRefused } from "@/lib/dal/plan-spreadsheet/apply";
import { isWorkflowError } from "@/lib/dal/updates";
import { answer, type ImportRefusal } from "@/lib/plan-spreadsheet";
import { isSameOriginRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; id: string }> };

const REASON_MAX = 2000;

/**
 * Applies a checked upload: the file is checked again against the plan as it now is and its changes
 * recorded as the draft version's change requests, in one transaction. Streams progress to the
 * page's script; a plain form post is answered with a redirect back to the preview.
 */
export async function POST(request: Request, { params }: Props) {
  const { lang, id } = await params;
  const t = await getTranslations({ locale: lang, namespace: "admin.planImport.refused" });
  const preview = localizedHref(`/admin/plan/import/${encodeURIComponent(id)}`, lang);
  const refuse = (code: ImportRefusal) => ({ type: "refused" as const, code, message: t(code) });
  const back = (code: ImportRefusal) => `${preview}?refused=${code}`;

  if (!isSameOriginRequest(request.headers)) return answer(request, async () => refuse("cross_site"), back);
  const actor = await getActor();
  const form = await request.formData().catch(() => null);
  const reason = String(form?.get("reason") ?? "").trim();
  if (reason === "" || reason.length > REASON_MAX) return answer(request, async () => refuse("no_reason"), back);

  return answer(
    request,
    async (progress) => {
      try {
        await applyPlanImport(actor, id, reason, progress);
        return { type: "done", url: preview };
      } catch (error) {
        if (error instanceof PlanImportRefused) return refuse(error.code);
        if (isWorkflowError(error) && error.code === "forbidden") return refuse("monitors_apply");
        if (isWorkflowError(error) && error.code === "not_found") return refuse("failed");
        console.error("Plan import apply failed:", error);
        return refuse("failed");
      }
    },
    back,
  );
}
