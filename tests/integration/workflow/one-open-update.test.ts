import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createDraft, getNewUpdateForm, submitUpdate, withdrawUpdate } from "@/lib/dal/updates";
import { DRIVERS } from "../../support/databases";
import {
  ACTION,
  expectWorkflowError,
  makeRoomForUpdate,
  updateCount,
  userActor,
  validInput,
  workflowDatabase,
} from "./support";

describe.each(DRIVERS)("one open update per action and period on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());
  beforeEach(async () => makeRoomForUpdate(handle.db));

  it("refuses a second update while the first is open, for its author and for anyone else, and writes nothing", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    const before = await updateCount(handle.db);
    const own = await expectWorkflowError(createDraft(staff, ACTION, validInput()), "conflict");
    expect(own.message).toMatch(/^Nothing new was saved\. You already have an update on this action for \d{4} Q\d/);
    const other = await expectWorkflowError(
      createDraft(await userActor(handle.db, "contributorStaff"), ACTION, validInput()),
      "conflict",
    );
    expect(other.message).toMatch(/Tertiary Education Commission already has an update on this action/);
    expect(await updateCount(handle.db)).toBe(before);

    // Submitted is still open; withdrawn makes room again.
    await submitUpdate(staff, updateId, 1, validInput());
    await expectWorkflowError(createDraft(staff, ACTION, validInput()), "conflict");
    await withdrawUpdate(staff, updateId, 2);
    await expect(createDraft(staff, ACTION, validInput())).resolves.toMatchObject({ state: "draft" });
  });

  it("sends every 'write an update' to the open update instead of a new form", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const blank = await getNewUpdateForm(staff, ACTION);
    expect("existing" in blank).toBe(false);
    const { updateId } = await createDraft(staff, ACTION, validInput());
    expect(await getNewUpdateForm(staff, ACTION)).toEqual({
      existing: { id: updateId, state: "draft", mine: true, actionCode: ACTION, message: expect.any(String) },
    });
    const colleague = await getNewUpdateForm(await userActor(handle.db, "contributorStaff"), ACTION);
    expect(colleague).toMatchObject({ existing: { id: updateId, mine: false } });
  });

  it("starts a new form with an empty confidence and empty texts: last period's words are shown, not copied", async () => {
    const form = await getNewUpdateForm(await userActor(handle.db, "leadStaff"), ACTION);
    if ("existing" in form) throw new Error("expected a new form");
    expect(form.lastPublished?.explanation).toBeTruthy();
    expect(form.values).toMatchObject({ confidence: null, explanation: null, recoveryStep: null, publicNarrative: "" });
    expect(form.period?.label).toMatch(/^\d{4} Q\d$/);
    expect(Date.parse(form.period!.dueAt)).not.toBeNaN();
  });
});
