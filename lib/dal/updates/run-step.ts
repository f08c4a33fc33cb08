import "server-only";
import { and, eq, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { refreshSearchDocuments } from "@/db/search/search-documents";
import type { Actor } from "@/lib/permissions/actor";
import { checkAuthority } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";
import {
  applyTransition,
  OPERATION_FOR_EVENT,
  type TransitionDetails,
  type WorkflowEvent,
} from "@/lib/workflow/transitions";
import type { UpdateIntent } from "@/lib/workflow/update-input";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { applyPlanChanges, planChangesFor } from "./apply-to-plan";
import { validateContent, writeChildren } from "./content";
import { forbidden, WorkflowError } from "./errors";
import { loadUpdate, type LoadedUpdate } from "./load";
import type { MutationResult } from "./result";
import { auditSnapshot } from "./snapshot";
import { resolveStale } from "./stale";

export type StepSpec = {
  event: WorkflowEvent;
  /** e.g. "update.submitted" */
  auditEvent: string;
  details?: TransitionDetails;
  /** Written to the update and the audit event (a return's reason). */
  reason?: string;
  /** The author's form, for steps that save content (save, submit). */
  input?: { raw: unknown; intent: UpdateIntent };
  /** Publishing now: carry the forecast and milestone completions into the plan. */
  applyToPlan?: boolean;
  /** Extra checks of the step's own details (a return's reason), after permission and state. */
  validate?: () => void;
};

const SIGN_IN = "Sign in with a staff account to work on progress updates.";
const STALE_FORM = "This form is out of date or incomplete. Reload the update and try again.";

/**
 * One workflow step on an existing update, in one transaction: who may (before anything about the
 * update is revealed), whether the caller's copy is current, whether the state allows it, the
 * input, then the write guarded by the version (`where version = expected`), the audit event, and
 * any plan changes. A refusal throws before anything is written, and any failure rolls back all.
 */
export async function runStep(
  actor: Actor,
  updateId: number,
  expectedVersion: number,
  spec: StepSpec,
): Promise<MutationResult> {
  if (actor.kind === "anonymous") throw forbidden(SIGN_IN);
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion <= 0) throw new WorkflowError("conflict", STALE_FORM);
  const operation = OPERATION_FOR_EVENT[spec.event];
  const db = await getDb();
  const now = new Date();

  /** For a stale call: the content it carries, to tell a repeat from a different edit. */
  const repeatedContent = (loaded: LoadedUpdate, now: Date) => {
    if (!spec.input) return undefined;
    try {
      return validateContent(spec.input.raw, loaded.action, expectedVersion, spec.input.intent, now);
    } catch {
      return null;
    }
  };

  const result = await db.transaction(async (tx) => {
    const loaded = await loadUpdate(tx, updateId);
    const authority = checkAuthority(actor, operation, loaded.permission);
    if (!authority.allowed) throw forbidden(authority.reason);
    if (loaded.row.version !== expectedVersion) {
      return resolveStale(tx, actor, loaded.row, expectedVersion, spec.auditEvent, now, repeatedContent(loaded, now));
    }
    const decision = applyTransition(actor, spec.event, loaded.permission, now, spec.details);
    if (!decision.ok) throw new WorkflowError(decision.code, decision.message);
    spec.validate?.();

    const content = spec.input
      ? validateContent(spec.input.raw, loaded.action, expectedVersion, spec.input.intent, now)
      : null;
    const [updated] = await tx
      .update(t.progressUpdates)
      .set({
        ...content?.fields,
        ...decision.stamps,
        ...(spec.reason !== undefined ? { returnReason: spec.reason } : {}),
        state: decision.state,
        version: sql`${t.progressUpdates.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(t.progressUpdates.id, updateId), eq(t.progressUpdates.version, expectedVersion)))
      .returning();
    if (!updated) {
      // Someone else committed between our read and our write: judge against what they wrote.
      const fresh = await loadUpdate(tx, updateId);
      return resolveStale(tx, actor, fresh.row, expectedVersion, spec.auditEvent, now, content ?? undefined);
    }
    if (content) await writeChildren(tx, updateId, content.children, now);

    const planChanges = spec.applyToPlan ? await planChangesFor(tx, { ...loaded, row: updated }) : null;
    await recordAudit(tx, {
      actor,
      entity: "progress_update",
      entityId: updateId,
      event: spec.auditEvent,
      before: auditSnapshot(loaded.row),
      after: auditSnapshot(updated, {
        ...(content ? { children: content.children } : {}),
        ...(planChanges ? { planChanges } : {}),
      }),
      reason: spec.reason ?? null,
      at: now,
    });
    if (planChanges) await applyPlanChanges(tx, loaded.action.id, planChanges, now);
    // Published now (or scheduled: then its narrative waits for the job that applies it).
    if (updated.state === "published") await refreshSearchDocuments(tx, { actionIds: [loaded.action.id], at: now });
    return { updateId, version: updated.version, state: updated.state as UpdateState, replayed: false };
  });

  return result;
}
