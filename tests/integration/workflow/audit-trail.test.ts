import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import {
  approveUpdate,
  createDraft,
  publishUpdate,
  returnForChanges,
  saveDraft,
  submitUpdate,
  withdrawUpdate,
} from "@/lib/dal/updates";
import { expectDatabaseRefusal } from "../../support/db-errors";
import { DRIVERS } from "../../support/databases";
import {
  ACTION,
  actionRow,
  auditCount,
  auditEventsFor,
  insertUpdate,
  readUpdate,
  userActor,
  validInput,
  workflowDatabase,
  makeRoomForUpdate,
} from "./support";

describe.each(DRIVERS)("the audit trail on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());
  // An action has one open update per period: each test starts with none on it.
  beforeEach(async () => makeRoomForUpdate(handle.db));

  it("records exactly one event per step: who, before, after and the reason", async () => {
    const db = handle.db;
    const staff = await userActor(db, "leadStaff");
    const approver = await userActor(db, "ownApprover");
    const monitor = await userActor(db, "monitor");
    const { updateId: id } = await createDraft(staff, ACTION, validInput());
    const steps: [string, () => Promise<unknown>, string][] = [
      ["update.edited", () => saveDraft(staff, id, 1, validInput({ risks: "Timing" })), "draft"],
      ["update.submitted", () => submitUpdate(staff, id, 2, validInput({ risks: "Timing" })), "submitted"],
      ["update.returned", () => returnForChanges(monitor, id, 3, "Say which agencies replied."), "changes_requested"],
      ["update.edited", () => saveDraft(staff, id, 4, validInput()), "changes_requested"],
      ["update.submitted", () => submitUpdate(staff, id, 5, validInput()), "submitted"],
      ["update.approved", () => approveUpdate(approver, id, 6), "agency_approved"],
      ["update.published", () => publishUpdate(monitor, id, 7), "published"],
    ];
    for (const [event, run, state] of steps) {
      const before = await auditCount(db, id);
      await run();
      const events = await auditEventsFor(db, id);
      expect(events).toHaveLength(before + 1);
      const last = events.at(-1)!;
      expect(last.event).toBe(event);
      expect((last.after as { state: string }).state).toBe(state);
      expect(last.actorLabel).toMatch(/@example\.org \(/);
    }
    const returned = (await auditEventsFor(db, id)).find((e) => e.event === "update.returned")!;
    expect(returned.reason).toBe("Say which agencies replied.");
    expect(returned.actorId).toBe(monitor.userId);
    expect((returned.before as { state: string }).state).toBe("submitted");
  });

  it("writes neither the change nor its audit event when a write fails mid-way", async () => {
    const db = handle.db;
    const staff = await userActor(db, "leadStaff");
    const monitor = await userActor(db, "monitor");
    const action = await actionRow(db);
    // A forecast before the action began passes no form (see content.ts), but the database's own
    // check on actions is what must stop the publish transaction after its first writes.
    const bad = await insertUpdate(db, "agency_approved", staff.userId, { forecastDue: "2020-01-01" });
    const auditsBefore = await auditCount(db);
    await expectDatabaseRefusal(publishUpdate(monitor, bad.id, 1), /actions_forecast_check/);
    expect(await readUpdate(db, bad.id)).toEqual(bad);
    expect(await auditCount(db)).toBe(auditsBefore);
    expect((await actionRow(db)).forecastDue).toBe(action.forecastDue);
  });

  it("refuses UPDATE and DELETE on audit events", async () => {
    const db = handle.db;
    const staff = await userActor(db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    await withdrawUpdate(staff, updateId, 1);
    const [event] = await auditEventsFor(db, updateId);
    await expectDatabaseRefusal(
      db.update(t.auditEvents).set({ reason: "rewritten" }).where(eq(t.auditEvents.id, event!.id)),
      /append-only/,
    );
    await expectDatabaseRefusal(db.delete(t.auditEvents).where(eq(t.auditEvents.id, event!.id)), /append-only/);
    expect(await auditEventsFor(db, updateId)).toHaveLength(2);
  });
});
