import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { actionOfKey, type PlanEntity } from "@/lib/plan-changes";
import { cachedPublicRead } from "./cached-public-read";
import { getDb } from "./db";

export type PublicPlanChange = {
  kind: string;
  entity: PlanEntity;
  key: string;
  /** The action the change is about (itself, or the action a milestone, criterion or dependency belongs to). */
  action: string | null;
  summary: string;
  reason: string;
  fields: { name: string; before: unknown; after: unknown }[];
};

export type PublicVersionChanges = {
  version: string;
  effectiveOn: string;
  approvedBy: string;
  summary: string;
  changes: PublicPlanChange[];
};

/** Every published plan version, newest first, with its approved changes in the order they were applied. */
export async function loadPlanChanges(): Promise<PublicVersionChanges[]> {
  const db = await getDb();
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) return [];
  const [versions, requests] = await Promise.all([
    db
      .select()
      .from(t.planVersions)
      .where(and(eq(t.planVersions.planId, plan.id), eq(t.planVersions.state, "published")))
      .orderBy(desc(t.planVersions.effectiveOn), desc(t.planVersions.id)),
    db
      .select()
      .from(t.changeRequests)
      .where(and(eq(t.changeRequests.planId, plan.id), eq(t.changeRequests.state, "approved")))
      .orderBy(asc(t.changeRequests.id)),
  ]);
  return versions.map((v) => ({
    version: v.version,
    effectiveOn: v.effectiveOn ?? "",
    approvedBy: v.approvedBy ?? "",
    summary: v.summary,
    changes: requests
      .filter((r) => r.planVersionId === v.id)
      .map((r) => {
        const entity = r.entity as PlanEntity;
        const key = r.entityKey ?? "";
        const fields = (r.details as { fields?: Record<string, { before?: unknown; after: unknown }> }).fields ?? {};
        return {
          kind: r.kind,
          entity,
          key,
          action: actionOfKey(entity, key),
          summary: r.summary,
          reason: r.reason,
          fields: Object.entries(fields).map(([name, f]) => ({ name, before: f.before ?? null, after: f.after })),
        };
      }),
  }));
}

/** The plan's versions and changes for /changes and the action pages, refreshed when the public record changes. */
export const getPlanChanges = cachedPublicRead(() => loadPlanChanges(), 3600);

/** The approved changes to one action (and its milestones, criteria and dependencies), oldest first. */
export function changesOfAction(versions: PublicVersionChanges[], code: string) {
  return [...versions]
    .reverse()
    .flatMap((v) =>
      v.changes.filter((c) => c.action === code).map((c) => ({ ...c, version: v.version, effectiveOn: v.effectiveOn })),
    );
}
