import { isDemoMode } from "@/lib/dal/db";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { planItemCard, previewImage } from "@/lib/og/preview-image";
import { parseNumberParam } from "@/lib/public/plan-lookups";
import { workstreamPreview } from "@/lib/seo/plan-previews";
import { englishPreviewText } from "@/lib/seo/preview-text";
import { nzToday } from "@/lib/status/overdue";

/** A workstream's preview image (1200 × 630 PNG): its number, title, status mix and lead agency. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const n = parseNumberParam((await params).number);
  const plan = await getPublicPlan();
  const workstream = n === null ? undefined : plan?.workstreams.find((w) => w.number === n);
  if (!plan || !workstream) {
    return new Response("There is no workstream with this number.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const text = await englishPreviewText();
  // As fresh as the public plan it is drawn from (cached for five minutes at most).
  return previewImage(planItemCard(workstreamPreview(workstream, plan, text, nzToday()), text, isDemoMode()), 300);
}
