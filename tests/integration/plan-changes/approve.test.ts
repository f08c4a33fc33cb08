import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import {
  addChangesToDraft,
  approveDraft,
  findDraft,
  loadDraftedPlan,
  loadPlanSnapshot,
  PlanChangesRefused,
  withdrawChange,
} from "@/lib/dal/plan-changes";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import type { PlanChange } from "@/lib/plan-changes";
import { DRIVERS } from "../../support/databases";
import { actorFor, userActor, workflowDatabase } from "../workflow/support";

const reason = "Agreed by the governance group at the March review.";

describe.each(DRIVERS)("plan versions on %s", (driver) => {
  let handle: DbHandle;
  let planId: number;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
    const [plan] = await handle.db.select({ id: t.plans.id }).from(t.plans);
    planId = plan!.id;
  });
  afterAll(async () => handle?.close());

  const monitor = () => userActor(handle.db, "monitor");
  const revision = async () => (await handle.db.select().from(t.publicRevision))[0]!.revision;
  const action = async (code: string) => (await handle.db.select().from(t.actions).where(eq(t.actions.code, code)))[0]!;
  // The actor is read before the transaction: PGlite has one connection, which the transaction holds.
  const propose = async (changes: PlanChange[]) => {
    const actor = await monitor();
    return handle.db.transaction((tx) => addChangesToDraft(tx, { planId, changes, actor }));
  };

  it("seeds 1.0 as the approved baseline of September 2023, and 6.4 stopped in 1.1", async () => {
    const versions = await handle.db.select().from(t.planVersions).where(eq(t.planVersions.planId, planId));
    expect(versions.find((v) => v.version === "1.0")).toMatchObject({ state: "published", effectiveOn: "2023-09-27" });
    expect((await action("6.4")).planState).toBe("not_proceeding");
  });

  it("refuses a set with a problem and writes nothing, not even the draft", async () => {
    const live = await loadPlanSnapshot(handle.db, planId);
    const title = String(live.items.action.get("1.4")!.title);
    const error = await propose([
      { kind: "change", entity: "action", key: "1.4", fields: { title: { before: title, after: "Fine" } }, reason },
      { kind: "add", entity: "dependency", key: "1.1:1.1", fields: {}, reason },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanChangesRefused);
    expect((error as PlanChangesRefused).problems).toEqual([
      { index: 1, key: "1.1:1.1", message: "Action 1.1 can't depend on itself." },
    ]);
    expect(await findDraft(handle.db, planId)).toBeNull();
  });

  it("refuses to remove a milestone an update has reported on, so the report keeps its history", async () => {
    const live = await loadPlanSnapshot(handle.db, planId);
    // The demo history reports 1.4's milestones completed.
    const key = [...live.reported].find((k) => k.startsWith("1.4/M"));
    expect(key).toBeDefined();
    const completions = async () => (await handle.db.select().from(t.updateMilestoneCompletions)).length;
    const before = await completions();
    const error = await propose([{ kind: "stop", entity: "milestone", key: key!, fields: {}, reason }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanChangesRefused);
    expect((error as PlanChangesRefused).problems[0]!.message).toContain("has progress reported against it");
    expect(await findDraft(handle.db, planId)).toBeNull();
    expect(await completions()).toBe(before);
  });

  it("collects changes in the draft of 1.2, which the public does not see", async () => {
    const live = await loadPlanSnapshot(handle.db, planId);
    const a14 = live.items.action.get("1.4")!;
    const added = await propose([
      {
        kind: "change",
        entity: "action",
        key: "1.4",
        fields: { title: { before: a14.title, after: "Te aromatawai ā-rohe: ngā kōwhiringa" } },
        reason,
      },
      { kind: "stop", entity: "action", key: "2.2", fields: {}, reason: "No funding." },
    ]);
    expect(added.version).toBe("1.2");
    // A second batch builds on the first (the draft), and a withdrawn change is left out.
    const more = await propose([
      {
        kind: "add",
        entity: "action",
        key: "2.9",
        fields: {
          title: { after: "Joined-up careers data" },
          description: { after: "One data set for careers services." },
          workstream: { after: "2" },
          leadAgency: { after: "tec" },
          contributors: { after: ["moe"] },
          baselineStart: { after: "2026-01-01" },
          baselineDue: { after: "2026-12-31" },
        },
        reason,
      },
      {
        kind: "merge",
        entity: "action",
        key: "2.3",
        fields: { supersededBy: { after: ["2.9"] } },
        reason: "Folded into 2.9.",
      },
      { kind: "add", entity: "dependency", key: "2.9:1.4", fields: {}, reason },
      {
        kind: "change",
        entity: "action",
        key: "1.4",
        fields: { foundational: { before: a14.foundational, after: !a14.foundational } },
        reason,
      },
    ]);
    expect(more.versionId).toBe(added.versionId);
    const actor = await monitor();
    await handle.db.transaction((tx) => withdrawChange(tx, { planId, changeId: more.ids[3]!, actor }));
    // Withdrawing the added action would strand the merge into it: refused.
    await expect(
      handle.db.transaction((tx) => withdrawChange(tx, { planId, changeId: more.ids[0]!, actor })),
    ).rejects.toBeInstanceOf(PlanChangesRefused);

    const drafted = await loadDraftedPlan(handle.db, planId);
    expect(drafted.items.action.get("2.3")).toMatchObject({ planState: "superseded", supersededBy: ["2.9"] });
    expect((await action("2.3")).planState).toBe("active");
    const pub = await loadPublicPlan();
    expect(pub!.versions.map((v) => v.version)).toEqual(["1.0", "1.1"]);
  });

  it("refuses approval by anyone but a TEC monitor", async () => {
    const staff = await actorFor(handle.db, "leadStaff");
    await expect(
      handle.db.transaction((tx) =>
        approveDraft(tx, { planId, approvingBody: "Minister", approvedOn: "2026-03-01", actor: staff }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("approves the draft in one transaction: the plan changes, the version is published, the public revision rises", async () => {
    const before = await revision();
    const actor = await monitor();
    const result = await handle.db.transaction((tx) =>
      approveDraft(tx, {
        planId,
        approvingBody: "Minister of Education",
        approvedOn: "2026-03-01",
        summary: "Careers data joined up.",
        actor,
      }),
    );
    expect(result.version).toBe("1.2");
    expect(await revision()).toBeGreaterThan(before);
    expect(await action("1.4")).toMatchObject({ title: "Te aromatawai ā-rohe: ngā kōwhiringa" });
    expect(await action("2.2")).toMatchObject({ planState: "not_proceeding", supersededBy: [] });
    expect(await action("2.3")).toMatchObject({ planState: "superseded", supersededBy: ["2.9"] });
    const a29 = await action("2.9");
    expect(a29).toMatchObject({ title: "Joined-up careers data", planState: "active", baselineDue: "2026-12-31" });
    const contributors = await handle.db
      .select()
      .from(t.actionContributors)
      .where(eq(t.actionContributors.actionId, a29.id));
    expect(contributors).toHaveLength(1);
    const deps = await handle.db
      .select()
      .from(t.actionDependencies)
      .where(
        and(
          eq(t.actionDependencies.actionId, a29.id),
          eq(t.actionDependencies.predecessorId, (await action("1.4")).id),
        ),
      );
    expect(deps).toHaveLength(1);

    const requests = await handle.db
      .select()
      .from(t.changeRequests)
      .where(eq(t.changeRequests.planVersionId, result.versionId));
    expect(requests.map((r) => [r.entityKey, r.kind, r.state]).sort()).toEqual(
      [
        ["1.4", "change", "approved"],
        ["1.4", "change", "withdrawn"],
        ["2.2", "stop", "approved"],
        ["2.3", "merge", "approved"],
        ["2.9", "add", "approved"],
        ["2.9:1.4", "add", "approved"],
      ].sort(),
    );
    expect(requests.find((r) => r.entityKey === "2.9")).toMatchObject({
      actionId: a29.id,
      approvingBody: "Minister of Education",
    });
    const [version] = await handle.db.select().from(t.planVersions).where(eq(t.planVersions.id, result.versionId));
    expect(version).toMatchObject({
      state: "published",
      approvedBy: "Minister of Education",
      effectiveOn: "2026-03-01",
    });
    const audit = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.event, "plan_version.approved"));
    expect(audit).toHaveLength(1);
    const pub = await loadPublicPlan();
    expect(pub!.plan.version).toBe("1.2");
    expect(await findDraft(handle.db, planId)).toBeNull();
  });

  it("never reuses a code: the merged action's code can't be added again", async () => {
    await expect(propose([{ kind: "add", entity: "action", key: "2.3", fields: {}, reason }])).rejects.toMatchObject({
      problems: [expect.objectContaining({ message: expect.stringMatching(/codes are never reused/) })],
    });
  });

  it("rolls the whole approval back when a change fails in the database", async () => {
    const live = await loadPlanSnapshot(handle.db, planId);
    const a15 = live.items.action.get("1.5")!;
    await propose([
      {
        kind: "change",
        entity: "action",
        key: "1.5",
        fields: { title: { before: a15.title, after: "Changed" } },
        reason,
      },
    ]);
    const before = (await action("1.5")).title;
    const actor = await monitor();
    // The approval date is checked against the previous version's before anything is written.
    await expect(
      handle.db.transaction((tx) =>
        approveDraft(tx, { planId, approvingBody: "Minister", approvedOn: "2026-02-01", actor }),
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    // A failure after the writes began (here, the caller's) leaves nothing behind.
    await expect(
      handle.db.transaction(async (tx) => {
        await approveDraft(tx, { planId, approvingBody: "Minister", approvedOn: "2026-04-01", actor });
        throw new Error("after approval");
      }),
    ).rejects.toThrow("after approval");
    expect((await action("1.5")).title).toBe(before);
    expect((await findDraft(handle.db, planId))?.version).toBe("1.3");
  });
});
