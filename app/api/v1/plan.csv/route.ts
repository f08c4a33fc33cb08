import { actionsCsv } from "@/lib/api/csv-tables";
import { noQuery, parseQuery } from "@/lib/api/query";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { csvResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Every action of the plan, one row each. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const plan = await requirePublicPlan();
    return csvResponse(request, actionsCsv(plan.actions), "mahere-plan.csv", {
      lastModified: planLastModified(plan),
    });
  });
}
