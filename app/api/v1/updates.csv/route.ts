import { updatesCsvFromPages } from "@/lib/api/csv-tables";
import { updatesQuerySchema } from "@/lib/api/list-updates";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { csvResponse, respondSafely } from "@/lib/api/respond";
import { eachPublicUpdatePage } from "@/lib/dal/public-updates";

export const dynamic = "force-dynamic";

/** Published updates as CSV, read from the database a page at a time; takes `since` like /api/v1/updates. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since } = parseQuery(request, updatesQuerySchema);
    const plan = await requirePublicPlan();
    const csv = await updatesCsvFromPages(eachPublicUpdatePage({ since }));
    return csvResponse(request, csv, "mahere-updates.csv", { lastModified: planLastModified(plan) });
  });
}
