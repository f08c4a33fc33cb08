import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import {
  approveUpdate,
  createDraft,
  publishUpdate,
  returnForChanges,
  saveDraft,
  scheduleUpdate,
  submitUpdate,
  viewUpdate,
  withdrawUpdate,
} from "@/lib/dal/updates";
import type { Actor } from "@/lib/permissions/actor";
import {
  ACTION,
  actorFor,
  auditCount,
  expectWorkflowError,
  insertUpdate,
  makeRoomForUpdate,
  readUpdate,
  updateCount,
  userActor,
  validInput,
  workflowDatabase,
  type Persona,
} from "./support";
import { EXPECTED, OPERATIONS, type Operation } from "../../support/update-permission-matrix";

const IN_A_WEEK = () => new Date(Date.now() + 7 * 86_400_000);

describe("the permission matrix, calling the data access layer directly", () => {
  let handle: DbHandle;
  let authorId: number;
  beforeAll(async () => {
    handle = await workflowDatabase("pglite");
    authorId = (await userActor(handle.db, "leadStaff")).userId;
  });
  afterAll(async () => handle?.close());

  const cells = (Object.keys(EXPECTED) as Persona[]).flatMap((persona) =>
    OPERATIONS.map((op) => [persona, op, EXPECTED[persona][op]] as const),
  );

  /** Runs the operation on a freshly prepared update; returns what to check when it was allowed. */
  async function perform(actor: Actor, op: Operation) {
    const db = handle.db;
    switch (op) {
      case "create draft": {
        await makeRoomForUpdate(db);
        const r = await createDraft(actor, ACTION, validInput());
        return { id: r.updateId, state: "draft", version: 1 };
      }
      case "edit draft": {
        const u = await insertUpdate(db, "draft", authorId);
        return {
          prepared: u,
          run: () => saveDraft(actor, u.id, 1, validInput({ publicNarrative: "Edited" })),
          state: "draft",
        };
      }
      case "submit": {
        const u = await insertUpdate(db, "draft", authorId);
        return { prepared: u, run: () => submitUpdate(actor, u.id, 1, validInput()), state: "submitted" };
      }
      case "withdraw": {
        const u = await insertUpdate(db, "draft", authorId);
        return { prepared: u, run: () => withdrawUpdate(actor, u.id, 1), state: "withdrawn" };
      }
      case "approve": {
        const u = await insertUpdate(db, "submitted", authorId);
        return { prepared: u, run: () => approveUpdate(actor, u.id, 1), state: "agency_approved" };
      }
      case "return": {
        const u = await insertUpdate(db, "submitted", authorId);
        return {
          prepared: u,
          run: () => returnForChanges(actor, u.id, 1, "Add the ERO view."),
          state: "changes_requested",
        };
      }
      case "publish": {
        const u = await insertUpdate(db, "agency_approved", authorId);
        return { prepared: u, run: () => publishUpdate(actor, u.id, 1), state: "published" };
      }
      case "schedule": {
        const u = await insertUpdate(db, "agency_approved", authorId);
        return { prepared: u, run: () => scheduleUpdate(actor, u.id, 1, IN_A_WEEK()), state: "published" };
      }
      case "view draft":
      case "view internal notes": {
        const u = await insertUpdate(db, "submitted", authorId);
        return { prepared: u, run: () => viewUpdate(actor, u.id), state: "submitted" };
      }
    }
  }

  it.each(cells)("%s × %s → allowed: %s", async (persona, op, allowed) => {
    const db = handle.db;
    const actor = await actorFor(db, persona);
    const auditsBefore = await auditCount(db);
    const updatesBefore = await updateCount(db);

    if (op === "create draft") {
      if (allowed) {
        const created = (await perform(actor, op)) as { id: number };
        const row = await readUpdate(db, created.id);
        expect(row.state).toBe("draft");
        expect(row.authorId).toBe(actor.kind === "user" ? actor.userId : -1);
        expect(await updateCount(db)).toBe(updatesBefore + 1);
        expect(await auditCount(db)).toBe(auditsBefore + 1);
      } else {
        const error = await expectWorkflowError(perform(actor, op), "forbidden");
        expect(error.status).toBe(403);
        expect(await updateCount(db)).toBe(updatesBefore);
        expect(await auditCount(db)).toBe(auditsBefore);
      }
      return;
    }

    const { prepared, run, state } = (await perform(actor, op)) as Exclude<
      Awaited<ReturnType<typeof perform>>,
      { id: number }
    >;
    const auditsAfterPrep = await auditCount(db);
    if (allowed) {
      const result = await run();
      const row = await readUpdate(db, prepared.id);
      expect(row.state).toBe(state);
      if (op === "view draft") expect((result as { id: number }).id).toBe(prepared.id);
      else if (op === "view internal notes")
        expect((result as { internalNotes: string | null }).internalNotes).toBe("INTERNAL-NOTE");
      else {
        expect(row.version).toBe(2);
        expect(await auditCount(db)).toBe(auditsAfterPrep + 1);
      }
    } else {
      const error = await expectWorkflowError(run(), "forbidden");
      expect(error.status).toBe(403);
      expect(error.message.length).toBeGreaterThan(10);
      expect(await readUpdate(db, prepared.id)).toEqual(prepared);
      expect(await auditCount(db)).toBe(auditsAfterPrep);
    }
  });

  it("keeps a draft (not yet submitted) to its author alone", async () => {
    const draft = await insertUpdate(handle.db, "draft", authorId);
    expect((await viewUpdate(await actorFor(handle.db, "leadStaff"), draft.id)).internalNotes).toBe("INTERNAL-NOTE");
    for (const persona of ["ownApprover", "monitor", "contributorStaff"] as const) {
      await expectWorkflowError(viewUpdate(await actorFor(handle.db, persona), draft.id), "forbidden");
    }
  });
});
