import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listMyActions } from "@/lib/dal/my-actions";
import { listReviewQueue } from "@/lib/dal/review-queue";
import { createDraft, returnForChanges, submitUpdate } from "@/lib/dal/updates";
import {
  ACTION,
  actorFor,
  expectWorkflowError,
  userActor,
  validInput,
  workflowDatabase,
  makeRoomForUpdate,
} from "./support";

describe("the staff lists: my actions and the review queue", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase("pglite");
  });
  afterAll(async () => handle?.close());
  // An action has one open update per period: each test starts with none on it.
  beforeEach(async () => makeRoomForUpdate(handle.db));

  it("lists the agency's actions, led first, with where each action's one update for the period stands", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const mine = await listMyActions(staff);
    expect(mine.writes).toBe(true);
    expect(mine.period?.label).toMatch(/^\d{4} Q\d$/);
    const roles = mine.actions.map((a) => a.role);
    expect(roles.indexOf("contributor")).toBeGreaterThan(roles.lastIndexOf("lead"));
    const a15 = mine.actions.find((a) => a.code === ACTION)!;
    expect(a15).toMatchObject({ role: "lead", task: { state: "to_write", open: null } });
    expect(a15.published?.stage).toBe("underway");
    // The demo's own submitted update on 2.4 was written by someone else at TEC.
    const a24 = mine.actions.find((a) => a.code === "2.4")!;
    expect(a24.task).toMatchObject({
      state: "submitted",
      open: { mine: false, agencyName: "Tertiary Education Commission" },
    });
    // A draft of the caller's own shows as theirs to continue.
    const { updateId } = await createDraft(staff, ACTION, validInput());
    const after = (await listMyActions(staff)).actions.find((a) => a.code === ACTION)!;
    expect(after.task).toMatchObject({ state: "draft", open: { id: updateId, mine: true } });
    const moe = await listMyActions(await userActor(handle.db, "contributorStaff"));
    // 8.3's update was returned with a reason: its author's, not shown to others (TEC contributes to 8.3).
    expect(mine.actions.find((a) => a.code === "8.3")!.task).toMatchObject({
      state: "changes_requested",
      open: { mine: false, returnReason: null },
    });
    expect(moe.actions.find((a) => a.code === ACTION)).toMatchObject({
      role: "contributor",
      task: { state: "draft", open: { mine: false } },
    });
    const msd = await listMyActions(await userActor(handle.db, "unrelatedStaff"));
    expect(msd.actions.find((a) => a.code === ACTION)).toBeUndefined();
    expect((await listMyActions(await userActor(handle.db, "monitor"))).writes).toBe(false);
    await expectWorkflowError(listMyActions(await actorFor(handle.db, "anonymous")), "forbidden");
  });

  it("shows the author their returned update with the reason", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const { updateId } = await createDraft(staff, ACTION, validInput());
    await submitUpdate(staff, updateId, 1, validInput());
    await returnForChanges(await userActor(handle.db, "ownApprover"), updateId, 2, "Add the dates.");
    const mine = await listMyActions(staff);
    expect(mine.updates.find((u) => u.id === updateId)).toMatchObject({
      state: "changes_requested",
      returnReason: "Add the dates.",
      actionCode: ACTION,
    });
  });

  it("gives approvers their agency's submitted updates and TEC everything in review, beside the last published", async () => {
    const approver = await userActor(handle.db, "ownApprover");
    const queue = await listReviewQueue(approver);
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((i) => i.state === "submitted" && i.agency.acronym === "TEC")).toBe(true);
    const item = queue.find((i) => i.action.code === "2.4")!;
    expect(item.lastPublished?.publicNarrative).toMatch(/remaining tools are now in Tahatū/);
    expect(item.internalNotes).toMatch(/redirect list/);
    // The dates a reviewer checks: 2.4 moves from the published 31 December 2026 to 31 March 2027.
    expect(item.dates).toEqual({
      baselineDue: "2025-09-30",
      publishedForecast: "2026-12-31",
      proposedForecast: "2027-03-31",
      moveDays: 90,
    });
    expect(item.allowed).toEqual({ approve: true, return: true, publish: false, schedule: false });

    const monitorQueue = await listReviewQueue(await userActor(handle.db, "monitor"));
    expect(monitorQueue.some((i) => i.agency.acronym !== "TEC")).toBe(true); // MoE's submitted 3.x update
    expect(new Set(monitorQueue.map((i) => i.state))).toEqual(new Set(["submitted", "agency_approved"]));
    // Overdue milestones are late today and not completed, not even by the update under review.
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Pacific/Auckland" });
    const late = monitorQueue.flatMap((i) => i.overdueMilestones);
    expect(late.length).toBeGreaterThan(0);
    for (const m of late) {
      expect(m.due < today, m.title).toBe(true);
      expect(m.days).toBeGreaterThan(0);
    }

    const otherApprover = await listReviewQueue(await userActor(handle.db, "otherApprover"));
    expect(otherApprover.every((i) => i.agency.acronym === "MSD")).toBe(true);
    for (const persona of ["leadStaff", "admin", "anonymous"] as const) {
      await expectWorkflowError(listReviewQueue(await actorFor(handle.db, persona)), "forbidden");
    }
  });
});
