import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import { pickPublicContent, type PublicContent } from "@/lib/workflow/update-content";
import { publicContentColumns } from "./content-columns";
import { isPublicUpdate } from "../visibility";
import type { Queryable } from "./tx";

/** An action's latest published update: every field the public may read, and when it was published. */
export type PublishedSummary = { actionId: number; publishedAt: Date } & PublicContent;

/** The latest update the public can see, for each of the given actions. */
export async function lastPublishedByAction(q: Queryable, actionIds: number[]): Promise<Map<number, PublishedSummary>> {
  if (actionIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([t.progressUpdates.actionId], {
      actionId: t.progressUpdates.actionId,
      ...publicContentColumns,
      publishedAt: t.progressUpdates.publishedAt,
    })
    .from(t.progressUpdates)
    .where(and(isPublicUpdate, inArray(t.progressUpdates.actionId, actionIds)))
    .orderBy(t.progressUpdates.actionId, desc(t.progressUpdates.publishedAt), desc(t.progressUpdates.id));
  return new Map(
    rows.map((r) => [r.actionId, { actionId: r.actionId, publishedAt: r.publishedAt!, ...pickPublicContent(r) }]),
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
