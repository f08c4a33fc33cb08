import { toActionSummary } from "@/lib/api/action-dto";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { queryActions } from "@/lib/api/query-actions";
import { jsonResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Actions, filtered by q, workstream, agency, stage and confidence (PRODUCT.md §7). */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const plan = await requirePublicPlan();
    const actions = await queryActions(request, plan);
    return jsonResponse(
      request,
      { asAt: plan.plan.asAt, count: actions.length, actions: actions.map((a) => toActionSummary(a)) },
      { lastModified: planLastModified(plan) },
    );
  });
}
