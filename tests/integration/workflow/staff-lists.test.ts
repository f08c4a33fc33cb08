import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listMyActions } from "@/lib/dal/my-actions";
import { listReviewQueue } from "@/lib/dal/review-queue";
import { createDraft, returnForChanges, submitUpdate } from "@/lib/dal/updates";
import { ACTION, actorFor, expectWorkflowError, userActor, validInput, workflowDatabase } from "./support";

describe("the staff lists: my actions and the review queue", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase("pglite");
  });
  afterAll(async () => handle?.close());

  it("lists the agency's actions as lead or contributor, with the open period's status", async () => {
    const staff = await userActor(handle.db, "leadStaff");
    const mine = await listMyActions(staff);
    expect(mine.writes).toBe(true);
    expect(mine.period?.label).toMatch(/^\d{4} Q\d$/);
    const a15 = mine.actions.find((a) => a.code === ACTION)!;
    expect(a15).toMatchObject({ role: "lead", due: "submitted" }); // the demo's own submitted update
    expect(a15.published?.stage).toBe("underway");
    const moe = await listMyActions(await userActor(handle.db, "contributorStaff"));
    expect(moe.actions.find((a) => a.code === ACTION)?.role).toBe("contributor");
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
    const item = queue.find((i) => i.action.code === ACTION)!;
    expect(item.lastPublished?.publicNarrative).toMatch(/governance group/);
    expect(item.internalNotes).toMatch(/ERO comments/);
    expect(item.allowed).toEqual({ approve: true, return: true, publish: false, schedule: false });

    const monitorQueue = await listReviewQueue(await userActor(handle.db, "monitor"));
    expect(monitorQueue.some((i) => i.agency.acronym !== "TEC")).toBe(true); // MoE's submitted 3.x update
    expect(new Set(monitorQueue.map((i) => i.state))).toEqual(new Set(["submitted"]));

    const otherApprover = await listReviewQueue(await userActor(handle.db, "otherApprover"));
    expect(otherApprover.every((i) => i.agency.acronym === "MSD")).toBe(true);
    for (const persona of ["leadStaff", "admin", "anonymous"] as const) {
      await expectWorkflowError(listReviewQueue(await actorFor(handle.db, persona)), "forbidden");
    }
  });
});
