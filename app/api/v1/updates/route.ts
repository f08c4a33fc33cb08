import { listUpdates, updatesQuerySchema } from "@/lib/api/list-updates";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { jsonResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Published updates, newest first; `since` keeps those published at or after a moment. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since } = parseQuery(request, updatesQuerySchema);
    const plan = await requirePublicPlan();
    const updates = listUpdates(plan, since);
    return jsonResponse(
      request,
      { asAt: plan.plan.asAt, since: since?.toISOString() ?? null, count: updates.length, updates },
      { lastModified: planLastModified(plan) },
    );
  });
}
