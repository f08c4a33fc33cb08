import "server-only";
import { and, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { parseKey, type FieldValue, type PlanChange } from "@/lib/plan-changes";
import type { Tx } from "../updates/tx";

/** Database ids of the plan's items by stable key, kept current as changes add items. */
export type PlanIds = {
  planId: number;
  focusAreas: Map<string, number>;
  recommendations: Map<string, number>;
  workstreams: Map<string, number>;
  actions: Map<string, number>;
  agencies: Map<string, number>;
};

export async function loadPlanIds(tx: Tx, planId: number): Promise<PlanIds> {
  const [focusAreas, recommendations, workstreams, actions, agencies] = await Promise.all([
    tx
      .select({ id: t.focusAreas.id, n: t.focusAreas.number })
      .from(t.focusAreas)
      .where(eq(t.focusAreas.planId, planId)),
    tx
      .select({ id: t.recommendations.id, n: t.recommendations.number })
      .from(t.recommendations)
      .where(eq(t.recommendations.planId, planId)),
    tx
      .select({ id: t.workstreams.id, n: t.workstreams.number })
      .from(t.workstreams)
      .where(eq(t.workstreams.planId, planId)),
    tx.select({ id: t.actions.id, code: t.actions.code }).from(t.actions).where(eq(t.actions.planId, planId)),
    tx.select({ id: t.agencies.id, slug: t.agencies.slug }).from(t.agencies),
  ]);
  return {
    planId,
    focusAreas: new Map(focusAreas.map((r) => [String(r.n), r.id])),
    recommendations: new Map(recommendations.map((r) => [String(r.n), r.id])),
    workstreams: new Map(workstreams.map((r) => [String(r.n), r.id])),
    actions: new Map(actions.map((r) => [r.code, r.id])),
    agencies: new Map(agencies.map((r) => [r.slug, r.id])),
  };
}

function idOf(map: Map<string, number>, key: FieldValue | undefined, what: string): number {
  const id = map.get(String(key));
  if (id === undefined) throw new Error(`A validated change names ${what} ${String(key)}, which is not in the plan.`);
  return id;
}

/** The fields a change sets, as `after` values. */
function afterValues(change: PlanChange): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(change.fields).map(([k, v]) => [k, v.after]));
}

/** Copies the plain columns among `names` that the change sets. */
function plainColumns(values: Record<string, FieldValue>, names: readonly string[]): Record<string, FieldValue> {
  return Object.fromEntries(names.filter((n) => n in values).map((n) => [n, values[n] ?? null]));
}

const TEXTS = ["title", "titleMi", "description"] as const;

/**
 * Writes one validated change to the live plan tables (inside the approval's transaction). The
 * change was checked against the plan as the earlier changes of the version left it, so every
 * reference resolves; a failure here is a bug and rolls the whole approval back.
 */
export async function writeChange(tx: Tx, ids: PlanIds, change: PlanChange, now: Date): Promise<number | null> {
  const values = afterValues(change);
  const parsed = parseKey(change.entity, change.key);
  if (!parsed) throw new Error(`A validated change has the key "${change.key}".`);
  const stamp = { updatedAt: now };

  switch (parsed.entity) {
    case "focus_area": {
      const cols = plainColumns(values, TEXTS);
      if (change.kind === "add") {
        const [row] = await tx
          .insert(t.focusAreas)
          .values({ planId: ids.planId, number: parsed.number, ...(cols as { title: string; description: string }) })
          .returning({ id: t.focusAreas.id });
        ids.focusAreas.set(change.key, row!.id);
      } else {
        await tx
          .update(t.focusAreas)
          .set({ ...cols, ...stamp })
          .where(eq(t.focusAreas.id, idOf(ids.focusAreas, change.key, "focus area")));
      }
      return null;
    }
    case "recommendation": {
      const cols = {
        ...plainColumns(values, TEXTS),
        ...("focusArea" in values ? { focusAreaId: idOf(ids.focusAreas, values.focusArea, "focus area") } : {}),
      };
      if (change.kind === "add") {
        const [row] = await tx
          .insert(t.recommendations)
          .values({
            planId: ids.planId,
            number: parsed.number,
            ...(cols as { title: string; description: string; focusAreaId: number }),
          })
          .returning({ id: t.recommendations.id });
        ids.recommendations.set(change.key, row!.id);
      } else {
        await tx
          .update(t.recommendations)
          .set({ ...cols, ...stamp })
          .where(eq(t.recommendations.id, idOf(ids.recommendations, change.key, "recommendation")));
      }
      return null;
    }
    case "workstream": {
      const cols = {
        ...plainColumns(values, TEXTS),
        ...("leadAgency" in values ? { leadAgencyId: idOf(ids.agencies, values.leadAgency, "agency") } : {}),
      };
      let id: number;
      if (change.kind === "add") {
        const [row] = await tx
          .insert(t.workstreams)
          .values({
            planId: ids.planId,
            number: parsed.number,
            ...(cols as { title: string; description: string; leadAgencyId: number }),
          })
          .returning({ id: t.workstreams.id });
        id = row!.id;
        ids.workstreams.set(change.key, id);
      } else {
        id = idOf(ids.workstreams, change.key, "workstream");
        await tx
          .update(t.workstreams)
          .set({ ...cols, ...stamp })
          .where(eq(t.workstreams.id, id));
      }
      if ("recommendations" in values) {
        await tx.delete(t.workstreamRecommendations).where(eq(t.workstreamRecommendations.workstreamId, id));
        const recs = (values.recommendations as string[]).map((n) => idOf(ids.recommendations, n, "recommendation"));
        if (recs.length)
          await tx
            .insert(t.workstreamRecommendations)
            .values(recs.map((recommendationId) => ({ workstreamId: id, recommendationId })));
      }
      return null;
    }
    case "action":
      return writeAction(tx, ids, change, values, now);
    case "milestone": {
      const actionId = idOf(ids.actions, parsed.action, "action");
      const where = and(eq(t.milestones.actionId, actionId), eq(t.milestones.position, parsed.position));
      const cols = plainColumns(values, ["title", "titleMi", "baselineDue", "weight"]);
      if (change.kind === "add") {
        await tx
          .insert(t.milestones)
          .values({
            actionId,
            position: parsed.position,
            ...(cols as { title: string; baselineDue: string; weight: number }),
          });
      } else if (change.kind === "stop") await tx.delete(t.milestones).where(where);
      else
        await tx
          .update(t.milestones)
          .set({ ...cols, ...stamp })
          .where(where);
      return actionId;
    }
    case "criterion": {
      const actionId = idOf(ids.actions, parsed.action, "action");
      const where = and(
        eq(t.completionCriteria.actionId, actionId),
        eq(t.completionCriteria.position, parsed.position),
      );
      if (change.kind === "add") {
        await tx
          .insert(t.completionCriteria)
          .values({ actionId, position: parsed.position, description: String(values.description) });
      } else if (change.kind === "stop") await tx.delete(t.completionCriteria).where(where);
      else
        await tx
          .update(t.completionCriteria)
          .set({ description: String(values.description), ...stamp })
          .where(where);
      return actionId;
    }
    case "dependency": {
      const actionId = idOf(ids.actions, parsed.action, "action");
      const predecessorId = idOf(ids.actions, parsed.predecessor, "action");
      if (change.kind === "add") await tx.insert(t.actionDependencies).values({ actionId, predecessorId });
      else {
        await tx
          .delete(t.actionDependencies)
          .where(
            and(eq(t.actionDependencies.actionId, actionId), eq(t.actionDependencies.predecessorId, predecessorId)),
          );
      }
      return actionId;
    }
  }
}

async function writeAction(
  tx: Tx,
  ids: PlanIds,
  change: PlanChange,
  values: Record<string, FieldValue>,
  now: Date,
): Promise<number> {
  if (change.kind === "stop" || change.kind === "merge" || change.kind === "split") {
    const id = idOf(ids.actions, change.key, "action");
    const superseded = change.kind !== "stop";
    await tx
      .update(t.actions)
      .set({
        planState: superseded ? "superseded" : "not_proceeding",
        supersededBy: superseded ? [...(values.supersededBy as string[])].sort() : [],
        updatedAt: now,
      })
      .where(eq(t.actions.id, id));
    return id;
  }
  const cols = {
    ...plainColumns(values, [...TEXTS, "foundational", "baselineStart", "baselineDue"]),
    ...("workstream" in values ? { workstreamId: idOf(ids.workstreams, values.workstream, "workstream") } : {}),
    ...("leadAgency" in values ? { leadAgencyId: idOf(ids.agencies, values.leadAgency, "agency") } : {}),
  };
  let id: number;
  if (change.kind === "add") {
    const [row] = await tx
      .insert(t.actions)
      .values({
        planId: ids.planId,
        code: change.key,
        ...(cols as {
          title: string;
          description: string;
          workstreamId: number;
          leadAgencyId: number;
          baselineStart: string;
          baselineDue: string;
        }),
      })
      .returning({ id: t.actions.id });
    id = row!.id;
    ids.actions.set(change.key, id);
  } else {
    id = idOf(ids.actions, change.key, "action");
    await tx
      .update(t.actions)
      .set({ ...cols, updatedAt: now })
      .where(eq(t.actions.id, id));
  }
  if ("recommendations" in values) {
    await tx.delete(t.actionRecommendations).where(eq(t.actionRecommendations.actionId, id));
    const recs = (values.recommendations as string[]).map((n) => idOf(ids.recommendations, n, "recommendation"));
    if (recs.length)
      await tx
        .insert(t.actionRecommendations)
        .values(recs.map((recommendationId) => ({ actionId: id, recommendationId })));
  }
  if ("contributors" in values) {
    await tx.delete(t.actionContributors).where(eq(t.actionContributors.actionId, id));
    const agencies = (values.contributors as string[]).map((s) => idOf(ids.agencies, s, "agency"));
    if (agencies.length)
      await tx.insert(t.actionContributors).values(agencies.map((agencyId) => ({ actionId: id, agencyId })));
  }
  return id;
}
