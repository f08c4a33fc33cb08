import { noQuery, parseQuery } from "@/lib/api/query";
import { requirePublicPlan } from "@/lib/api/public-plan";
import { env } from "@/lib/env";
import { atomResponse, newestOf, respondSafely } from "@/lib/api/respond";
import { FEED_ENTRIES, updateFeed } from "@/lib/api/update-feed";
import { listPublicUpdates } from "@/lib/dal/public-updates";

export const dynamic = "force-dynamic";

/** Atom feed of every published update. Links are absolute, on the configured public address. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const plan = await requirePublicPlan();
    const xml = updateFeed(plan, await listPublicUpdates({}, FEED_ENTRIES), env().publicUrl);
    return atomResponse(request, xml, {
      lastModified: newestOf(
        plan.actions.map((a) => a.status.publishedAt),
        null,
      ),
    });
  });
}
