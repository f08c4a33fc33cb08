import { actionsCsv } from "@/lib/api/csv-tables";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { queryActions } from "@/lib/api/query-actions";
import { csvResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The filtered action list as CSV; takes the same query parameters as /api/v1/actions. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const plan = await requirePublicPlan();
    const actions = await queryActions(request, plan);
    return csvResponse(request, actionsCsv(actions), "mahere-actions.csv", { lastModified: planLastModified(plan) });
  });
}
