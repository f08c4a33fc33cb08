import { toActionDetail } from "@/lib/api/action-dto";
import { ApiError, notFound } from "@/lib/api/errors";
import { requirePublicPlan } from "@/lib/api/public-plan";
import { noQuery, parseQuery } from "@/lib/api/query";
import { jsonResponse, newestOf, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Action codes are workstream.number, e.g. 3.2. */
const ACTION_CODE = /^[1-9]\d{0,3}\.[1-9]\d{0,3}$/;

/** One action with its milestones, criteria, dependencies, status and published updates. */
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
    return jsonResponse(
      request,
      { asAt: plan.plan.asAt, action: toActionDetail(action, plan) },
      { lastModified: newestOf([action.status.publishedAt], plan.plan.asAt) },
    );
  });
}
