import { strongEtag } from "@/lib/api/conditional-get";
import { updatesCsv, updatesCsvParts } from "@/lib/api/csv-tables";
import { updatesQuerySchema } from "@/lib/api/list-updates";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { respondSafely, streamedCsvResponse } from "@/lib/api/respond";
import { eachPublicUpdatePage } from "@/lib/dal/public-updates";
import { publicStamp } from "@/lib/dal/public-revision";

export const dynamic = "force-dynamic";

/**
 * Published updates as CSV, read from the database a page at a time and sent as it is read; takes
 * `since` like /api/v1/updates. The ETag names the public record's state, the query and the
 * columns, so a client with a current copy gets a 304 without the history being read.
 */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since } = parseQuery(request, updatesQuerySchema);
    const [plan, stamp] = await Promise.all([requirePublicPlan(), publicStamp()]);
    const etag = strongEtag([stamp, since?.toISOString() ?? "", updatesCsv([])].join("\n"));
    return streamedCsvResponse(request, updatesCsvParts(eachPublicUpdatePage({ since })), "mahere-updates.csv", {
      etag,
      lastModified: planLastModified(plan),
    });
  });
}
