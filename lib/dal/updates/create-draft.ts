import "server-only";
import { and, eq, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { UpdateState } from "@/lib/status/vocabulary";
import { applyTransition } from "@/lib/workflow/transitions";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { validateContent, writeChildren } from "./content";
import { forbidden, notFound, WorkflowError } from "./errors";
import { loadActionByCode, permissionContext } from "./load";
import { findOpenPeriod } from "./open-period";
import { findOpenUpdate, isOpenUpdateClash, openUpdateRefusal } from "./open-update";
import type { MutationResult } from "./result";
import { auditSnapshot } from "./snapshot";
import type { Tx } from "./tx";

export const CREATED_EVENT = "update.created";
const REQUEST_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A form opened once gets one request key. Creating twice with it (a double click, a retried
 * post) returns the update the first call made instead of a second one. The advisory lock makes
 * a concurrent second call wait for the first to commit before it looks.
 */
async function findCreatedWithKey(tx: Tx, userId: number, key: string): Promise<number | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`update-create:${key}`}))`);
  const [event] = await tx
    .select({ entityId: t.auditEvents.entityId })
    .from(t.auditEvents)
    .where(
      and(
        eq(t.auditEvents.actorId, userId),
        eq(t.auditEvents.entity, "progress_update"),
        eq(t.auditEvents.event, CREATED_EVENT),
        sql`${t.auditEvents.after} ->> 'requestKey' = ${key}`,
      ),
    )
    .limit(1);
  return event ? Number(event.entityId) : null;
}

/**
 * Starts a new update on an action. The server sets everything that is not the author's to say:
 * state, author, agency (the author's), reporting period (the open one), version and timestamps.
 */
export async function createDraft(
  actor: Actor,
  actionCode: string,
  input: unknown,
  options: { requestKey?: string } = {},
): Promise<MutationResult> {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a staff account to work on progress updates.");
  const requestKey = options.requestKey && REQUEST_KEY.test(options.requestKey) ? options.requestKey : undefined;
  const db = await getDb();
  const now = new Date();

  const created = db.transaction(async (tx) => {
    const action = await loadActionByCode(tx, actionCode);
    if (!action) throw notFound("action");
    const decision = applyTransition(actor, "save_draft", permissionContext(action), now);
    if (!decision.ok) throw new WorkflowError(decision.code, decision.message);
    // Only writers on the action pass the check above, and writers always have an agency.
    if (actor.agencyId === null) throw forbidden("Your account belongs to no agency.");

    if (requestKey) {
      const existingId = await findCreatedWithKey(tx, actor.userId, requestKey);
      if (existingId !== null) {
        const [row] = await tx.select().from(t.progressUpdates).where(eq(t.progressUpdates.id, existingId));
        if (row) return { updateId: row.id, version: row.version, state: row.state as UpdateState, replayed: true };
      }
    }

    const content = validateContent(input, action, 1, "save", now);
    const period = await findOpenPeriod(tx, now);
    const open = await findOpenUpdate(tx, action.id, period?.id ?? null);
    if (open) throw openUpdateRefusal(open, actor.userId, period);
    const [row] = await tx
      .insert(t.progressUpdates)
      .values({
        ...content.fields,
        actionId: action.id,
        periodId: period?.id ?? null,
        agencyId: actor.agencyId,
        authorId: actor.userId,
        state: "draft",
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("The new update was not returned by the database.");
    await writeChildren(tx, row.id, content.children, now);
    await recordAudit(tx, {
      actor,
      entity: "progress_update",
      entityId: row.id,
      event: CREATED_EVENT,
      before: null,
      after: auditSnapshot(row, {
        children: content.children,
        actionCode: action.code,
        requestKey: requestKey ?? null,
      }),
      at: now,
    });
    return { updateId: row.id, version: row.version, state: "draft" as const, replayed: false };
  });
  // Two people starting the action's update at the same moment: the database keeps the first.
  return created.catch((error: unknown) => {
    if (!isOpenUpdateClash(error)) throw error;
    throw new WorkflowError(
      "conflict",
      "Someone started an update on this action at the same moment, and an action has one update per reporting period, so nothing new was saved. Open My actions to see it.",
    );
  });
}
