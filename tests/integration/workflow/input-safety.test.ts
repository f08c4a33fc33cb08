import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { approveUpdate, createDraft, publishUpdate, saveDraft, submitUpdate } from "@/lib/dal/updates";
import {
  ACTION,
  actionRow,
  expectWorkflowError,
  readUpdate,
  userActor,
  validInput,
  workflowDatabase,
  makeRoomForUpdate,
} from "./support";

const XSS = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>';

describe("what a form can and cannot put in the database", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase("pglite");
  });
  afterAll(async () => handle?.close());
  // An action has one open update per period: each test starts with none on it.
  beforeEach(async () => makeRoomForUpdate(handle.db));

  it("stores a narrative with markup exactly as typed, and publishes it unchanged", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput({ publicNarrative: XSS }));
    expect((await readUpdate(handle.db, updateId)).publicNarrative).toBe(XSS);
    await submitUpdate(staff, updateId, 1, validInput({ publicNarrative: XSS }));
    await approveUpdate(await userActor(handle.db, "ownApprover"), updateId, 2);
    await publishUpdate(await userActor(handle.db, "monitor"), updateId, 3);
    const action = (await loadPublicPlan())!.actions.find((a) => a.code === ACTION)!;
    expect(action.latestUpdate!.narrative).toBe(XSS);
  });

  it("ignores fields the author may not set: state, agency, author, timestamps, version", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const [msd] = await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, "msd"));
    const monitor = await userActor(handle.db, "monitor");
    const forged = {
      state: "published",
      agencyId: msd!.id,
      authorId: monitor.userId,
      publishedAt: "2020-01-01T00:00:00Z",
      approvedAt: "2020-01-01T00:00:00Z",
      returnReason: "forged",
      version: 99,
      id: 1,
      actionId: 1,
      periodId: 1,
    };
    const { updateId } = await createDraft(staff, ACTION, validInput(forged));
    const created = await readUpdate(handle.db, updateId);
    const action = await actionRow(handle.db);
    expect(created).toMatchObject({
      state: "draft",
      agencyId: staff.agencyId,
      authorId: staff.userId,
      actionId: action.id,
      publishedAt: null,
      approvedAt: null,
      returnReason: null,
      version: 1,
    });
    expect(created.id).not.toBe(1);

    await saveDraft(staff, updateId, 1, validInput({ ...forged, publicNarrative: "Edited" }));
    expect(await readUpdate(handle.db, updateId)).toMatchObject({
      state: "draft",
      agencyId: staff.agencyId,
      authorId: staff.userId,
      publishedAt: null,
      version: 2,
      publicNarrative: "Edited",
    });
  });

  it("refuses invalid input with per-field errors and writes nothing", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    const error = await expectWorkflowError(
      submitUpdate(staff, updateId, 1, {
        stage: "underway",
        confidence: "at_risk",
        publicNarrative: "",
        evidenceLinks: [{ title: "Bad", url: "javascript:alert(1)" }],
      }),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      // 1.5 is past its baseline due date, so a forecast is required too.
      ["evidenceLinks.0.url", "explanation", "forecastDue", "publicNarrative", "recoveryStep"].sort(),
    );
    const row = await readUpdate(handle.db, updateId);
    expect(row).toMatchObject({ state: "draft", version: 1 });
  });
});
