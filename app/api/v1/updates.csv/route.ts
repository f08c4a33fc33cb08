import { updatesCsv } from "@/lib/api/csv-tables";
import { listUpdates, updatesQuerySchema } from "@/lib/api/list-updates";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { csvResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Published updates as CSV; takes `since` like /api/v1/updates. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since } = parseQuery(request, updatesQuerySchema);
    const plan = await requirePublicPlan();
    return csvResponse(request, updatesCsv(listUpdates(plan, since)), "mahere-updates.csv", {
      lastModified: planLastModified(plan),
    });
  });
}
