import { noQuery, parseQuery } from "@/lib/api/query";
import { jsonResponse, respondSafely } from "@/lib/api/respond";
import { getPublicIndicators } from "@/lib/dal/public-indicators";

export const dynamic = "force-dynamic";

/** Every indicator with its baseline, target, links and readings by period. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const data = await getPublicIndicators();
    const lastModified = new Date(data.lastModified ?? data.asAt);
    return jsonResponse(
      request,
      { asAt: data.asAt, count: data.indicators.length, indicators: data.indicators },
      { lastModified },
    );
  });
}
