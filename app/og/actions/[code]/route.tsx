import { isDemoMode } from "@/lib/dal/db";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { planItemCard, previewImage } from "@/lib/og/preview-image";
import { actionPreview } from "@/lib/seo/plan-previews";
import { englishPreviewText } from "@/lib/seo/preview-text";
import { nzToday } from "@/lib/status/overdue";

/** An action's preview image (1200 × 630 PNG): its code, title, current status and lead agency. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const plan = await getPublicPlan();
  const action = plan?.actions.find((a) => a.code === code);
  if (!plan || !action) {
    return new Response("There is no action with this code.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const text = await englishPreviewText();
  // As fresh as the public plan it is drawn from (cached for five minutes at most).
  return previewImage(planItemCard(actionPreview(action, plan, text, nzToday()), text, isDemoMode()), 300);
}
