import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Confidence, Stage } from "@/lib/status/vocabulary";
import { isPublicUpdate } from "../visibility";
import type { Queryable } from "./tx";

export type PublishedSummary = {
  actionId: number;
  stage: Stage;
  confidence: Confidence | null;
  publicNarrative: string;
  explanation: string | null;
  recoveryStep: string | null;
  forecastDue: string | null;
  publishedAt: Date;
};

/** The latest update the public can see, for each of the given actions. */
export async function lastPublishedByAction(q: Queryable, actionIds: number[]): Promise<Map<number, PublishedSummary>> {
  if (actionIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([t.progressUpdates.actionId], {
      actionId: t.progressUpdates.actionId,
      stage: t.progressUpdates.stage,
      confidence: t.progressUpdates.confidence,
      publicNarrative: t.progressUpdates.publicNarrative,
      explanation: t.progressUpdates.explanation,
      recoveryStep: t.progressUpdates.recoveryStep,
      forecastDue: t.progressUpdates.forecastDue,
      publishedAt: t.progressUpdates.publishedAt,
    })
    .from(t.progressUpdates)
    .where(and(isPublicUpdate, inArray(t.progressUpdates.actionId, actionIds)))
    .orderBy(t.progressUpdates.actionId, desc(t.progressUpdates.publishedAt), desc(t.progressUpdates.id));
  return new Map(
    rows.map((r) => [
      r.actionId,
      { ...r, stage: r.stage as Stage, confidence: r.confidence as Confidence | null, publishedAt: r.publishedAt! },
    ]),
  );
}

/** Criterion assessments of an action's latest public update, to start a new update from. */
export async function lastPublishedAssessments(q: Queryable, actionId: number) {
  const [latest] = await q
    .select({ id: t.progressUpdates.id })
    .from(t.progressUpdates)
    .where(and(isPublicUpdate, eq(t.progressUpdates.actionId, actionId)))
    .orderBy(desc(t.progressUpdates.publishedAt), desc(t.progressUpdates.id))
    .limit(1);
  if (!latest) return [];
  return q.select().from(t.updateCriterionAssessments).where(eq(t.updateCriterionAssessments.updateId, latest.id));
}
