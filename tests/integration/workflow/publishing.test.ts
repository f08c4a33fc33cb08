import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { listPublicUpdates } from "@/lib/dal/public-updates";
import { approveUpdate, createDraft, publishUpdate, scheduleUpdate, submitUpdate } from "@/lib/dal/updates";
import { runDueJobs } from "@/lib/jobs/run-due";
import { DRIVERS } from "../../support/databases";
import {
  ACTION,
  actionRow,
  expectWorkflowError,
  insertUpdate,
  readUpdate,
  userActor,
  validInput,
  workflowDatabase,
  makeRoomForUpdate,
  FUTURE_FORECAST,
  auditEventsFor,
} from "./support";

/** Dates ahead of the real clock these tests read: a forecast may not be in the past. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const HALF_YEAR_AHEAD = dayAhead(182);
const LATER_FORECAST = dayAhead(400);

const DAY = 86_400_000;

describe.each(DRIVERS)("publishing and scheduled publishing on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  });
  afterAll(async () => handle?.close());
  // An action has one open update per period: each test starts with none on it.
  beforeEach(async () => makeRoomForUpdate(handle.db));

  async function approved(narrative: string, extra: Record<string, unknown> = {}) {
    const staff = await userActor(handle.db, "leadStaff");
    const approver = await userActor(handle.db, "ownApprover");
    const { updateId } = await createDraft(staff, ACTION, validInput({ publicNarrative: narrative, ...extra }));
    await submitUpdate(staff, updateId, 1, validInput({ publicNarrative: narrative, ...extra }));
    await approveUpdate(approver, updateId, 2);
    return updateId;
  }

  const narrativesOf = async () => (await listPublicUpdates({ actionCode: ACTION }, 500)).map((u) => u.narrative);

  it("publishes now: visible at once, with the forecast and completed milestone carried into the plan", async () => {
    const action = await actionRow(handle.db);
    const [milestone] = await handle.db
      .select()
      .from(t.milestones)
      .where(eq(t.milestones.actionId, action.id))
      .orderBy(t.milestones.position)
      .limit(3)
      .then((rows) => rows.filter((m) => m.completedOn === null));
    const id = await approved("Published now", {
      forecastDue: FUTURE_FORECAST,
      explanation: "Agencies asked for more time.",
      recoveryStep: "Weekly drafting sessions.",
      milestoneCompletions: [{ milestoneId: milestone!.id, completedOn: "2026-11-02" }],
    });
    const monitor = await userActor(handle.db, "monitor");
    await publishUpdate(monitor, id, 3);
    expect(await narrativesOf()).toContain("Published now");
    expect((await actionRow(handle.db)).forecastDue).toBe(FUTURE_FORECAST);
    const [after] = await handle.db.select().from(t.milestones).where(eq(t.milestones.id, milestone!.id));
    expect(after!.completedOn).toBe("2026-11-02");

    // A milestone still open gets a new forecast from the next update (reopened here directly).
    await handle.db.update(t.milestones).set({ completedOn: null }).where(eq(t.milestones.id, milestone!.id));
    const next = await approved("Milestone moved", {
      forecastDue: FUTURE_FORECAST,
      explanation: "Agencies asked for more time.",
      recoveryStep: "Weekly drafting sessions.",
      milestoneForecasts: [{ milestoneId: milestone!.id, forecastDue: HALF_YEAR_AHEAD }],
    });
    const [before] = await handle.db.select().from(t.milestones).where(eq(t.milestones.id, milestone!.id));
    expect(before!.forecastDue).not.toBe(HALF_YEAR_AHEAD); // nothing reaches the plan before publishing
    await publishUpdate(monitor, next, 3);
    const [moved] = await handle.db.select().from(t.milestones).where(eq(t.milestones.id, milestone!.id));
    expect(moved!.forecastDue).toBe(HALF_YEAR_AHEAD);
  });

  it("keeps a scheduled update out of the public plan until its time, and applies its plan changes then", async () => {
    const id = await approved("Scheduled for next week", {
      forecastDue: LATER_FORECAST,
      explanation: "Waiting on Cabinet.",
      recoveryStep: "Prepare both options.",
    });
    const monitor = await userActor(handle.db, "monitor");
    const forecastBefore = (await actionRow(handle.db)).forecastDue;
    await scheduleUpdate(monitor, id, 3, new Date(Date.now() + 7 * DAY));
    const row = await readUpdate(handle.db, id);
    expect(row.state).toBe("published");
    expect(await narrativesOf()).not.toContain("Scheduled for next week");
    expect((await runDueJobs()).changed).toBe(0);
    expect((await actionRow(handle.db)).forecastDue).toBe(forecastBefore);

    // Its time comes (moved into the past directly: the clock cannot be turned in the database).
    const past = new Date(Date.now() - 60_000);
    await handle.db
      .update(t.progressUpdates)
      .set({ publishAt: past, publishedAt: past })
      .where(eq(t.progressUpdates.id, id));
    // The public plan shows it; the next run of the jobs applies it, once. Here an update published
    // since is newer, so the older scheduled one does not move the plan back.
    expect(await narrativesOf()).toContain("Scheduled for next week");
    // Two servers' runners at once: one of them applies it.
    const [first, second] = await Promise.all([runDueJobs(), runDueJobs()]);
    expect(first!.changed + second!.changed).toBe(1);
    expect(first!.retry + second!.retry + first!.failed + second!.failed).toBe(0);
    expect((await runDueJobs()).changed).toBe(0);
    expect((await actionRow(handle.db)).forecastDue).toBe(forecastBefore);
    const applied = (await auditEventsFor(handle.db, id)).filter((e) => e.event === "update.plan_applied");
    expect(applied).toHaveLength(1);
  });

  it("shows an update inserted as published in the past, hides one published in the future", async () => {
    const staffId = (await userActor(handle.db, "leadStaff")).userId;
    await insertUpdate(handle.db, "agency_approved", staffId, {
      state: "published",
      publicNarrative: "Past schedule",
      publishedAt: new Date(Date.now() - DAY),
    } as never);
    await insertUpdate(handle.db, "agency_approved", staffId, {
      state: "published",
      publicNarrative: "Future schedule",
      publishedAt: new Date(Date.now() + DAY),
    } as never);
    const narratives = await narrativesOf();
    expect(narratives).toContain("Past schedule");
    expect(narratives).not.toContain("Future schedule");
  });

  it("refuses to schedule for a time already past", async () => {
    const id = await approved("Too late");
    const monitor = await userActor(handle.db, "monitor");
    await expectWorkflowError(scheduleUpdate(monitor, id, 3, new Date(Date.now() - DAY)), "invalid_transition");
    expect((await readUpdate(handle.db, id)).state).toBe("agency_approved");
  });
});
