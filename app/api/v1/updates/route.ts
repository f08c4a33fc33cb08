import { listUpdates } from "@/lib/api/list-updates";
import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { jsonResponse, respondSafely } from "@/lib/api/respond";
import { pageOf, updatesPageQuerySchema } from "@/lib/api/update-pages";
import type { ApiUpdateList } from "@/lib/api/openapi/schemas";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Published updates, newest first, a page at a time; `since` keeps those published at or after a
 * moment. `next` (also a Link header) is the address of the following page, null on the last.
 */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since, limit, cursor } = parseQuery(request, updatesPageQuerySchema);
    const plan = await requirePublicPlan();
    const all = listUpdates(plan, since);
    const { page, next } = pageOf(all, limit, cursor);
    let nextUrl: string | null = null;
    if (next) {
      const url = new URL("/api/v1/updates", env().publicUrl);
      for (const [name, value] of new URL(request.url).searchParams)
        if (name !== "cursor") url.searchParams.set(name, value);
      url.searchParams.set("cursor", next);
      nextUrl = url.toString();
    }
    const body: ApiUpdateList = {
      asAt: plan.plan.asAt,
      since: since?.toISOString() ?? null,
      total: all.length,
      count: page.length,
      updates: page,
      next: nextUrl,
    };
    const response = jsonResponse(request, body, { lastModified: planLastModified(plan) });
    if (nextUrl) response.headers.set("Link", `<${nextUrl}>; rel="next"`);
    return response;
  });
}
