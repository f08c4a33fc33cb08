import { and, count, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { isWorkflowError, type WorkflowErrorCode } from "@/lib/dal/updates";
import { ANONYMOUS, type Actor, type UserActor } from "@/lib/permissions/actor";
import { OPEN_UPDATE_STATES, type Role } from "@/lib/status/vocabulary";
import { seededDatabase, type Driver } from "../../support/databases";
import {
  MATRIX_ACTION as ACTION,
  PERSONA_EMAILS as EMAILS,
  type Persona,
} from "../../support/update-permission-matrix";

export { ACTION, EMAILS, type Persona };

/**
 * A database with the demo plan and accounts seeded at the start of the run (periods up to today),
 * since the workflow reads the real clock: the open period, publishing now, scheduling ahead.
 */
export async function workflowDatabase(driver: Driver): Promise<DbHandle> {
  const handle = await seededDatabase(driver, { users: true, clock: "today" });
  setDatabaseHandle(handle);
  return handle;
}

export async function actorFor(db: Db, persona: Persona): Promise<Actor> {
  if (persona === "anonymous") return ANONYMOUS;
  const [user] = await db.select().from(t.users).where(eq(t.users.email, EMAILS[persona]));
  if (!user) throw new Error(`No demo user ${EMAILS[persona]}`);
  return { kind: "user", userId: user.id, role: user.role as Role, agencyId: user.agencyId };
}

export async function userActor(db: Db, persona: keyof typeof EMAILS): Promise<UserActor> {
  return (await actorFor(db, persona)) as UserActor;
}

export async function actionRow(db: Db, code = ACTION) {
  const [row] = await db.select().from(t.actions).where(eq(t.actions.code, code));
  return row!;
}

/** A forecast a year after the real today: these tests read the real clock, and a forecast may not be past. */
export const FUTURE_FORECAST = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * A complete, valid form for a submission on action 1.5, whose baseline due date (30 September
 * 2025) has passed: so it carries a forecast, an explanation and a recovery step.
 */
export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stage: "underway",
    confidence: "on_track",
    publicNarrative: "The plan is with agencies for final comment.",
    internalNotes: "Chase ERO for comments.",
    risks: "",
    nextSteps: "Governance group meets in December.",
    forecastDue: FUTURE_FORECAST,
    explanation: "Agencies asked for the plan to wait for decisions on secondary careers support.",
    recoveryStep: "Drafting goes ahead on the school findings first.",
    ...overrides,
  };
}

/**
 * Withdraws every open update on the action (the seed leaves one on it for the current period),
 * as their authors could, so a test can start its own: an action has one open update per period.
 */
export async function makeRoomForUpdate(db: Db, code = ACTION): Promise<void> {
  const action = await actionRow(db, code);
  await db
    .update(t.progressUpdates)
    .set({ state: "withdrawn" })
    .where(and(eq(t.progressUpdates.actionId, action.id), inArray(t.progressUpdates.state, [...OPEN_UPDATE_STATES])));
}

/** Puts an update in a given state directly, as if the workflow had brought it there (alone on its action). */
export async function insertUpdate(
  db: Db,
  state: "draft" | "submitted" | "agency_approved" | "changes_requested",
  authorId: number,
  extra: Partial<typeof t.progressUpdates.$inferInsert> = {},
) {
  const action = await actionRow(db);
  await makeRoomForUpdate(db);
  const [row] = await db
    .insert(t.progressUpdates)
    .values({
      actionId: action.id,
      agencyId: action.leadAgencyId,
      authorId,
      state,
      stage: "underway",
      confidence: "on_track",
      publicNarrative: `Prepared ${state} update`,
      internalNotes: "INTERNAL-NOTE",
      submittedAt: state === "draft" ? null : new Date(),
      approvedAt: state === "agency_approved" ? new Date() : null,
      ...extra,
    })
    .returning();
  return row!;
}

export async function readUpdate(db: Db, id: number) {
  const [row] = await db.select().from(t.progressUpdates).where(eq(t.progressUpdates.id, id));
  return row!;
}

export async function auditCount(db: Db, updateId?: number): Promise<number> {
  const where = updateId
    ? and(eq(t.auditEvents.entity, "progress_update"), eq(t.auditEvents.entityId, String(updateId)))
    : undefined;
  const [row] = await db.select({ n: count() }).from(t.auditEvents).where(where);
  return row!.n;
}

export async function auditEventsFor(db: Db, updateId: number) {
  return db
    .select()
    .from(t.auditEvents)
    .where(and(eq(t.auditEvents.entity, "progress_update"), eq(t.auditEvents.entityId, String(updateId))))
    .orderBy(t.auditEvents.id);
}

export async function updateCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(t.progressUpdates);
  return row!.n;
}

/** Awaits a promise expected to fail with a typed workflow error, and returns it. */
export async function expectWorkflowError(promise: Promise<unknown>, code: WorkflowErrorCode) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isWorkflowError(error), `expected a ${code} error, got ${String(error)}`).toBe(true);
  if (!isWorkflowError(error)) throw error;
  expect(error.code, error.message).toBe(code);
  return error;
}
