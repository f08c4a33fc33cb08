import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { approveUpdate, createDraft, saveDraft, submitUpdate } from "@/lib/dal/updates";
import { DRIVERS } from "../../support/databases";
import {
  ACTION,
  auditEventsFor,
  expectWorkflowError,
  readUpdate,
  updateCount,
  userActor,
  validInput,
  workflowDatabase,
  makeRoomForUpdate,
} from "./support";

describe.each(DRIVERS)("optimistic locking and repeated steps on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());
  // An action has one open update per period: each test starts with none on it.
  beforeEach(async () => makeRoomForUpdate(handle.db));

  it("refuses an edit made on a stale copy, says what changed, and overwrites nothing", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput({ publicNarrative: "First" }));
    await saveDraft(staff, updateId, 1, validInput({ publicNarrative: "Saved in tab A" }));

    const error = await expectWorkflowError(
      saveDraft(staff, updateId, 1, validInput({ publicNarrative: "Saved in tab B" })),
      "conflict",
    );
    expect(error.status).toBe(409);
    expect(error.message).toMatch(
      /^This update was changed by you in another window at \d\d:\d\d \(still a draft\)\. Your edits were not saved: reload to see the latest version\.$/,
    );
    const row = await readUpdate(handle.db, updateId);
    expect(row.publicNarrative).toBe("Saved in tab A");
    expect(row.version).toBe(2);
    expect((await auditEventsFor(handle.db, updateId)).map((e) => e.event)).toEqual([
      "update.created",
      "update.edited",
    ]);
  });

  it("names someone else's change when a reviewer moved the update on meanwhile", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const approver = await userActor(handle.db, "ownApprover");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    await submitUpdate(staff, updateId, 1, validInput());
    await approveUpdate(approver, updateId, 2);

    const error = await expectWorkflowError(saveDraft(staff, updateId, 1, validInput()), "conflict");
    expect(error.message).toMatch(/changed by someone else at \d\d:\d\d \(now approved by the agency\)/);
    expect((await readUpdate(handle.db, updateId)).state).toBe("agency_approved");
  });

  it("turns a double-clicked submit into one state change and one audit event", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    const results = await Promise.all([
      submitUpdate(staff, updateId, 1, validInput()),
      submitUpdate(staff, updateId, 1, validInput()),
    ]);
    expect(results.map((r) => r.state)).toEqual(["submitted", "submitted"]);
    expect(results.filter((r) => r.replayed)).toHaveLength(1);
    const row = await readUpdate(handle.db, updateId);
    expect(row.state).toBe("submitted");
    expect(row.version).toBe(2);
    const events = (await auditEventsFor(handle.db, updateId)).map((e) => e.event);
    expect(events).toEqual(["update.created", "update.submitted"]);
  });

  it("creates one update, not two, when a new form is sent twice", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const before = await updateCount(handle.db);
    const requestKey = crypto.randomUUID();
    const [a, b] = await Promise.all([
      createDraft(staff, ACTION, validInput(), { requestKey }),
      createDraft(staff, ACTION, validInput(), { requestKey }),
    ]);
    expect(a.updateId).toBe(b.updateId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await updateCount(handle.db)).toBe(before + 1);
    // And the submit that follows, twice, still moves it once.
    await Promise.all([
      submitUpdate(staff, a.updateId, 1, validInput()),
      submitUpdate(staff, b.updateId, 1, validInput()),
    ]);
    expect((await auditEventsFor(handle.db, a.updateId)).map((e) => e.event)).toEqual([
      "update.created",
      "update.submitted",
    ]);
  });

  it("does not replay another person's step: a second approver on a stale copy is refused", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const approver = await userActor(handle.db, "ownApprover");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    await submitUpdate(staff, updateId, 1, validInput());
    await approveUpdate(approver, updateId, 2);
    const again = await approveUpdate(approver, updateId, 2);
    expect(again).toMatchObject({ replayed: true, state: "agency_approved", version: 3 });
    await expectWorkflowError(submitUpdate(staff, updateId, 2, validInput()), "conflict");
  });
});
