import { indicatorsCsv } from "@/lib/api/csv-tables";
import { noQuery, parseQuery } from "@/lib/api/query";
import { csvResponse, respondSafely } from "@/lib/api/respond";
import { getPublicIndicators } from "@/lib/dal/public-indicators";

export const dynamic = "force-dynamic";

/** One row per indicator reading, totals and breakdowns alike. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const data = await getPublicIndicators();
    return csvResponse(request, indicatorsCsv(data), "mahere-indicators.csv", {
      lastModified: new Date(data.lastModified ?? data.asAt),
    });
  });
}
