import { noQuery, parseQuery } from "@/lib/api/query";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { toApiPlan } from "@/lib/api/plan-dto";
import { jsonResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The plan's structure and every action's published status. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const plan = await requirePublicPlan();
    return jsonResponse(request, toApiPlan(plan), { lastModified: planLastModified(plan) });
  });
}
