import "server-only";
import { and, asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import {
  actionOfKey,
  describeChange,
  validateChanges,
  type ChangeProblem,
  type FieldChange,
  type PlanChange,
  type PlanSnapshot,
} from "@/lib/plan-changes";
import type { Actor } from "@/lib/permissions/actor";
import type { ChangeKind, PlanEntity } from "@/lib/status/vocabulary";
import { requireAdminRight } from "../admin-access";
import { recordAudit, recordAudits } from "../audit";
import { notFound, WorkflowError } from "../updates/errors";
import type { Queryable, Tx } from "../updates/tx";
import { loadPlanSnapshot } from "./load-snapshot";
import { nextVersion } from "@/lib/plan-changes/versions";

/** Change requests per multi-row insert (13 columns each, well under PostgreSQL's parameter limit). */
const INSERT_CHUNK = 500;

/** Refused changes, each problem naming the change (its index in the set given), key and field. */
export class PlanChangesRefused extends WorkflowError {
  readonly problems: ChangeProblem[];
  constructor(problems: ChangeProblem[]) {
    super("invalid", problems.map((p) => p.message).join(" "));
    this.name = "PlanChangesRefused";
    this.problems = problems;
  }
}

export type DraftVersion = { id: number; version: string };
export type ProposedChange = PlanChange & { id: number };

/** The plan's draft version, if one is open. */
export async function findDraft(q: Queryable, planId: number): Promise<DraftVersion | null> {
  const [row] = await q
    .select({ id: t.planVersions.id, version: t.planVersions.version })
    .from(t.planVersions)
    .where(and(eq(t.planVersions.planId, planId), eq(t.planVersions.state, "draft")));
  return row ?? null;
}

/**
 * Serialises every change to the plan's versions and change requests: two monitors adding changes
 * at once are checked one after the other, each against what the other wrote.
 */
export async function lockPlan(tx: Tx, planId: number): Promise<void> {
  const [plan] = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.id, planId)).for("update");
  if (!plan) throw notFound("plan");
}

async function ensureDraft(tx: Tx, planId: number, now: Date): Promise<DraftVersion> {
  const open = await findDraft(tx, planId);
  if (open) return open;
  const published = await tx
    .select({ version: t.planVersions.version })
    .from(t.planVersions)
    .where(eq(t.planVersions.planId, planId));
  const [row] = await tx
    .insert(t.planVersions)
    .values({
      planId,
      version: nextVersion(published.map((p) => p.version)),
      state: "draft",
      summary: "",
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: t.planVersions.id, version: t.planVersions.version });
  return row!;
}

/** The draft's proposed changes, in the order they were made (the order approval applies them). */
export async function proposedChanges(q: Queryable, versionId: number): Promise<ProposedChange[]> {
  const rows = await q
    .select()
    .from(t.changeRequests)
    .where(and(eq(t.changeRequests.planVersionId, versionId), eq(t.changeRequests.state, "proposed")))
    .orderBy(asc(t.changeRequests.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ChangeKind,
    entity: r.entity as PlanEntity,
    key: r.entityKey ?? "",
    fields: ((r.details as { fields?: Record<string, FieldChange> }).fields ?? {}) as Record<string, FieldChange>,
    reason: r.reason,
    summary: r.summary,
  }));
}

/** The plan as it will be once the draft is approved: what the editor and the import compare with. */
export async function loadDraftedPlan(q: Queryable, planId: number): Promise<PlanSnapshot> {
  const live = await loadPlanSnapshot(q, planId);
  const draft = await findDraft(q, planId);
  if (!draft) return live;
  const result = validateChanges(live, await proposedChanges(q, draft.id));
  if (!result.ok) throw new PlanChangesRefused(result.problems);
  return result.plan;
}

/**
 * Records `changes` as change requests in the draft of the next plan version (opening the draft if
 * none is), after checking them, in order, against the plan as the draft already changes it. All or
 * nothing: any problem refuses the whole set (PlanChangesRefused, indices into `changes`). One audit
 * event per change request, in the caller's transaction.
 */
export async function addChangesToDraft(
  tx: Tx,
  input: { planId: number; changes: readonly PlanChange[]; actor: Actor; now?: Date },
): Promise<{ versionId: number; version: string; ids: number[] }> {
  const monitor = requireAdminRight(input.actor, "manage_plan");
  const now = input.now ?? new Date();
  await lockPlan(tx, input.planId);
  const draft = await ensureDraft(tx, input.planId, now);
  const existing = await proposedChanges(tx, draft.id);
  const live = await loadPlanSnapshot(tx, input.planId);
  const result = validateChanges(live, [...existing, ...input.changes]);
  if (!result.ok) {
    throw new PlanChangesRefused(result.problems.map((p) => ({ ...p, index: Math.max(p.index - existing.length, 0) })));
  }
  const actionIds = new Map(
    (
      await tx
        .select({ id: t.actions.id, code: t.actions.code })
        .from(t.actions)
        .where(eq(t.actions.planId, input.planId))
    ).map((a) => [a.code, a.id]),
  );
  // Written in multi-row inserts: an import brings thousands of changes at once.
  const rows = input.changes.map((change) => {
    const code = actionOfKey(change.entity, change.key);
    return {
      planId: input.planId,
      kind: change.kind,
      entity: change.entity,
      entityKey: change.key,
      actionId: code ? (actionIds.get(code) ?? null) : null,
      planVersionId: draft.id,
      state: "proposed",
      summary: describeChange(change),
      reason: change.reason.trim(),
      details: { fields: change.fields },
      requestedById: monitor.userId,
      createdAt: now,
      updatedAt: now,
    };
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await tx
      .insert(t.changeRequests)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .returning({ id: t.changeRequests.id });
    ids.push(...inserted.map((r) => r.id));
  }
  await recordAudits(
    tx,
    monitor,
    input.changes.map((change, i) => ({
      entity: "change_request",
      entityId: ids[i]!,
      event: "change_request.proposed",
      before: null,
      after: { version: draft.version, ...change },
      reason: change.reason,
      at: now,
    })),
  );
  return { versionId: draft.id, version: draft.version, ids };
}

/**
 * Withdraws a proposed change from the draft. Refused when a later change of the draft builds on it
 * (a merge into an action the withdrawn change adds), so the draft always stays approvable.
 */
export async function withdrawChange(
  tx: Tx,
  input: { planId: number; changeId: number; actor: Actor; now?: Date },
): Promise<void> {
  const monitor = requireAdminRight(input.actor, "manage_plan");
  const now = input.now ?? new Date();
  await lockPlan(tx, input.planId);
  const draft = await findDraft(tx, input.planId);
  const changes = draft ? await proposedChanges(tx, draft.id) : [];
  const target = changes.find((c) => c.id === input.changeId);
  if (!draft || !target) throw notFound("proposed change");
  const rest = changes.filter((c) => c.id !== input.changeId);
  const result = validateChanges(await loadPlanSnapshot(tx, input.planId), rest);
  if (!result.ok) throw new PlanChangesRefused(result.problems.map((p) => ({ ...p, index: 0 })));
  await tx
    .update(t.changeRequests)
    .set({ state: "withdrawn", decidedAt: now, updatedAt: now })
    .where(and(eq(t.changeRequests.id, target.id), eq(t.changeRequests.state, "proposed")));
  await recordAudit(tx, {
    actor: monitor,
    entity: "change_request",
    entityId: target.id,
    event: "change_request.withdrawn",
    before: { state: "proposed" },
    after: { state: "withdrawn" },
    at: now,
  });
}
