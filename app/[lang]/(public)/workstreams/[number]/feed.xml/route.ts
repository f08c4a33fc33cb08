import { noQuery, parseQuery } from "@/lib/api/query";
import { notFound } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { requirePublicPlan } from "@/lib/api/public-plan";
import { atomResponse, newestOf, respondSafely } from "@/lib/api/respond";
import { FEED_ENTRIES, updateFeed } from "@/lib/api/update-feed";
import { listPublicUpdates } from "@/lib/dal/public-updates";

export const dynamic = "force-dynamic";

/** Atom feed of the published updates on one workstream's actions. */
export async function GET(request: Request, ctx: { params: Promise<{ number: string }> }) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    const { number } = await ctx.params;
    const plan = await requirePublicPlan();
    const workstream = /^[1-9]\d{0,3}$/.test(number)
      ? plan.workstreams.find((w) => w.number === Number(number))
      : undefined;
    if (!workstream) throw notFound(`There is no workstream ${number}.`);
    const updates = await listPublicUpdates({ workstream: workstream.number }, FEED_ENTRIES);
    const xml = updateFeed(plan, updates, env().publicUrl, workstream);
    const own = plan.actions.filter((a) => a.workstream === workstream.number);
    return atomResponse(request, xml, {
      lastModified: newestOf(
        own.map((a) => a.status.publishedAt),
        null,
      ),
    });
  });
}
