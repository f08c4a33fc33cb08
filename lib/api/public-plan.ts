/** The published plan for the API, or a 404 the caller can understand when none is loaded. */
import "server-only";
import { getPublicPlan } from "@/lib/dal/public-plan";
import type { PublicPlan } from "@/lib/public/types";
import { notFound } from "./errors";
import { newestOf } from "./respond";

export async function requirePublicPlan(): Promise<PublicPlan> {
  const plan = await getPublicPlan();
  if (!plan) throw notFound("No plan has been published yet.");
  return plan;
}

/** Last-Modified for anything read from the plan: the newest published update, else the read time. */
export function planLastModified(plan: PublicPlan): Date | null {
  return newestOf(
    plan.actions.map((a) => a.status.publishedAt),
    plan.plan.asAt,
  );
}
