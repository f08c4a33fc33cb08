import { ACTION_UPDATES, toActionDetail } from "@/lib/api/action-dto";
import { ApiError, notFound } from "@/lib/api/errors";
import { requirePublicPlan } from "@/lib/api/public-plan";
import { noQuery, parseQuery } from "@/lib/api/query";
import { jsonResponse, newestOf, respondSafely } from "@/lib/api/respond";
import { ACTION_CODE, pageAndCursor } from "@/lib/api/update-pages";
import { countPublicUpdates, listPublicUpdates } from "@/lib/dal/public-updates";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * One action with its milestones, criteria, dependencies, status and its newest published updates,
 * read for this action alone; `moreUpdates` pages through the rest.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  return respondSafely(async () => {
    const { code } = await ctx.params;
    if (!ACTION_CODE.test(code)) {
      throw new ApiError("invalid_parameter", 400, "An action code is a workstream and action number, e.g. 3.2.", {
        code: ["Use the form 3.2."],
      });
    }
    parseQuery(request, noQuery);
    const plan = await requirePublicPlan();
    const action = plan.actions.find((a) => a.code === code);
    if (!action) throw notFound(`There is no action ${code}.`);
    const [rows, updatesTotal] = await Promise.all([
      listPublicUpdates({ actionCode: code }, ACTION_UPDATES + 1),
      countPublicUpdates({ actionCode: code }),
    ]);
    const { page, next } = pageAndCursor(rows, ACTION_UPDATES);
    const more = new URL("/api/v1/updates", env().publicUrl);
    more.searchParams.set("action", code);
    if (next) more.searchParams.set("cursor", next);
    return jsonResponse(
      request,
      {
        asAt: plan.plan.asAt,
        action: toActionDetail(action, plan, {
          updates: page,
          updatesTotal,
          moreUpdates: next ? more.toString() : null,
        }),
      },
      { lastModified: newestOf([action.status.publishedAt], plan.plan.asAt) },
    );
  });
}
