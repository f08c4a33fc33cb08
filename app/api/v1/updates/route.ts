import { planLastModified, requirePublicPlan } from "@/lib/api/public-plan";
import { parseQuery } from "@/lib/api/query";
import { jsonResponse, respondSafely } from "@/lib/api/respond";
import { PAGE_SIZE, pageAndCursor, updatesPageQuerySchema } from "@/lib/api/update-pages";
import type { ApiUpdateList } from "@/lib/api/openapi/schemas";
import { countPublicUpdates, listPublicUpdates } from "@/lib/dal/public-updates";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Published updates, newest first, a page at a time, read from the database a page at a time;
 * `since` keeps those published at or after a moment, `action` those of one action. `next` (also a
 * Link header) is the address of the following page, null on the last.
 */
export async function GET(request: Request) {
  return respondSafely(async () => {
    const { since, limit = PAGE_SIZE.default, cursor, action } = parseQuery(request, updatesPageQuerySchema);
    const plan = await requirePublicPlan();
    const filter = { since, actionCode: action };
    const [rows, total] = await Promise.all([listPublicUpdates(filter, limit + 1, cursor), countPublicUpdates(filter)]);
    const { page, next } = pageAndCursor(rows, limit);
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
      total,
      count: page.length,
      updates: page,
      next: nextUrl,
    };
    const response = jsonResponse(request, body, { lastModified: planLastModified(plan) });
    if (nextUrl) response.headers.set("Link", `<${nextUrl}>; rel="next"`);
    return response;
  });
}
