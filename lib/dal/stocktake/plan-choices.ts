import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { PlanCodes } from "@/lib/stocktake/answer-input";
import type { Queryable } from "../updates/tx";

export type PlanChoice = { code: string; title: string; titleMi: string | null };
export type PlanChoices = { recommendations: PlanChoice[]; workstreams: PlanChoice[] };

/** The plan's recommendations and workstreams a respondent may link an initiative to. */
export async function loadPlanChoices(db: Queryable): Promise<PlanChoices> {
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) return { recommendations: [], workstreams: [] };
  const columns = (table: typeof t.recommendations | typeof t.workstreams) => ({
    number: table.number,
    title: table.title,
    titleMi: table.titleMi,
  });
  const [recommendations, workstreams] = await Promise.all([
    db
      .select(columns(t.recommendations))
      .from(t.recommendations)
      .where(eq(t.recommendations.planId, plan.id))
      .orderBy(asc(t.recommendations.number)),
    db
      .select(columns(t.workstreams))
      .from(t.workstreams)
      .where(eq(t.workstreams.planId, plan.id))
      .orderBy(asc(t.workstreams.number)),
  ]);
  const choice = (r: { number: number; title: string; titleMi: string | null }) => ({
    code: String(r.number),
    title: r.title,
    titleMi: r.titleMi,
  });
  return { recommendations: recommendations.map(choice), workstreams: workstreams.map(choice) };
}

export const codesOf = (choices: PlanChoices): PlanCodes => ({
  recommendations: choices.recommendations.map((c) => c.code),
  workstreams: choices.workstreams.map((c) => c.code),
});
