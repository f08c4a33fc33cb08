import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { closePeriod, editPeriod, generateNextPeriod, getPeriod, listPeriods } from "@/lib/dal/periods";
import { runDueJobs } from "@/lib/jobs/run-due";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { setDatabaseHandle } from "@/lib/dal/db";
import { periodFormValues } from "@/lib/periods/period-input";
import { expectDatabaseRefusal } from "../../support/db-errors";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

/** These tests need 2026 Q4 to be the open quarter, and no 2027 Q1 yet: the demo as at its seeding. */
const NOW = SEEDED_AT;

describe.each(DRIVERS)("reporting periods for TEC monitors on %s", (driver) => {
  let handle: DbHandle;
  let monitor: UserActor;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    monitor = await userActor(handle.db, "monitor");
  });
  afterAll(async () => handle?.close());

  async function period(label: string) {
    const [row] = await handle.db.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.label, label));
    return row!;
  }

  async function periodEvents(id: number) {
    return handle.db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.entity, "reporting_period"), eq(t.auditEvents.entityId, String(id))))
      .orderBy(t.auditEvents.id);
  }

  async function snapshotCount(periodId: number) {
    const [a] = await handle.db
      .select({ n: count() })
      .from(t.periodSnapshots)
      .where(eq(t.periodSnapshots.periodId, periodId));
    const [i] = await handle.db
      .select({ n: count() })
      .from(t.periodIndicatorSnapshots)
      .where(eq(t.periodIndicatorSnapshots.periodId, periodId));
    return { actions: a!.n, indicators: i!.n };
  }

  /** The 2026 Q4 form with some fields changed. */
  async function formFor(label: string, changes: Record<string, string> = {}) {
    return { ...periodFormValues(await period(label)), ...changes };
  }

  it("is open to TEC monitors only: everyone else is refused and nothing changes", async () => {
    const q4 = await period("2026 Q4");
    for (const persona of ["anonymous", "leadStaff", "ownApprover", "admin"] as const) {
      const actor: Actor = await actorFor(handle.db, persona);
      await expectWorkflowError(listPeriods(actor, NOW), "forbidden");
      await expectWorkflowError(getPeriod(actor, q4.id, NOW), "forbidden");
      await expectWorkflowError(generateNextPeriod(actor, NOW), "forbidden");
      await expectWorkflowError(editPeriod(actor, q4.id, await formFor("2026 Q4"), q4.updatedAt, NOW), "forbidden");
      await expectWorkflowError(closePeriod(actor, q4.id, "2026 Q4", NOW), "forbidden");
    }
    expect(await period("2026 Q4")).toEqual(q4);
    expect(await handle.db.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.label, "2027 Q1"))).toEqual(
      [],
    );
    expect(await periodEvents(q4.id)).toEqual([]);
  });

  it("lists every period, newest first, with its phase and the reporting received", async () => {
    const { periods, actions } = await listPeriods(monitor, NOW);
    expect(actions).toBeGreaterThan(0);
    expect(periods[0]!.label).toBe("2026 Q4");
    expect(periods[0]!.phase).toBe("open");
    expect(periods[1]!.label).toBe("2026 Q3");
    expect(periods[1]!.phase).toBe("closed");
    expect(periods.at(-1)!.label).toBe("2023 Q4");
    expect(periods.some((p) => p.published > 0 && p.submitted >= p.published)).toBe(true);
  });

  it("generates the next calendar quarter with the default deadlines, audited", async () => {
    const { id, label } = await generateNextPeriod(monitor, NOW);
    expect(label).toBe("2027 Q1");
    const row = await period("2027 Q1");
    expect(row.id).toBe(id);
    expect(row.startsOn).toBe("2027-01-01");
    expect(row.endsOn).toBe("2027-03-31");
    expect(row.opensAt.toISOString()).toBe("2026-12-31T11:00:00.000Z");
    expect(row.dueAt.toISOString()).toBe("2027-04-14T05:00:00.000Z");
    expect(row.graceUntil.toISOString()).toBe("2027-04-21T05:00:00.000Z");
    expect(row.closesAt.toISOString()).toBe("2027-04-28T05:00:00.000Z");
    expect(row.closedAt).toBeNull();
    const [event] = await periodEvents(id);
    expect(event).toMatchObject({ event: "period.generated", actorId: monitor.userId });
    expect(event!.after).toMatchObject({ label: "2027 Q1", dueAt: "2027-04-14T05:00:00.000Z" });
    expect(event!.occurredAt.getTime()).toBe(row.createdAt.getTime());
  });

  it("edits a due date across the end of daylight saving to the exact instant, audited with before and after", async () => {
    const q1 = await period("2027 Q1");
    await editPeriod(
      monitor,
      q1.id,
      await formFor("2027 Q1", { dueDate: "2027-04-02", graceDate: "2027-04-06" }),
      q1.updatedAt,
      NOW,
    );
    let row = await period("2027 Q1");
    expect(row.dueAt.toISOString()).toBe("2027-04-02T04:00:00.000Z"); // 17:00 NZDT
    expect(row.graceUntil.toISOString()).toBe("2027-04-06T05:00:00.000Z"); // 17:00 NZST

    await editPeriod(monitor, q1.id, await formFor("2027 Q1", { dueDate: "2027-04-06" }), row.updatedAt, NOW);
    row = await period("2027 Q1");
    expect(row.dueAt.toISOString()).toBe("2027-04-06T05:00:00.000Z");
    expect(row.opensAt).toEqual(q1.opensAt);
    expect(row.closesAt).toEqual(q1.closesAt);

    const edits = (await periodEvents(q1.id)).filter((e) => e.event === "period.edited");
    expect(edits).toHaveLength(2);
    expect(edits[1]!.before).toMatchObject({ dueAt: "2027-04-02T04:00:00.000Z" });
    expect(edits[1]!.after).toMatchObject({ dueAt: "2027-04-06T05:00:00.000Z", closesAt: "2027-04-28T05:00:00.000Z" });
  });

  it("refuses deadlines out of order with every error at once, and changes nothing", async () => {
    const before = await period("2027 Q1");
    const events = (await periodEvents(before.id)).length;
    const error = await expectWorkflowError(
      editPeriod(
        monitor,
        before.id,
        await formFor("2027 Q1", {
          dueDate: "2026-12-01",
          graceDate: "2026-11-30",
          closesDate: "2027-02-30",
          opensTime: "25:00",
        }),
        before.updatedAt,
        NOW,
      ),
      "invalid",
    );
    expect(error.fieldErrors).toEqual({
      opensTime: ["Enter a time on the 24-hour clock, for example 17:00."],
      graceDate: ["Grace period ends must not be before “Due”."],
      closesDate: ["Enter a real date, for example 2027-04-06."],
    });
    expect(await period("2027 Q1")).toEqual(before);
    expect(await periodEvents(before.id)).toHaveLength(events);
  });

  it("refuses a time that New Zealand clocks skip, and changes nothing", async () => {
    const before = await period("2026 Q4");
    const error = await expectWorkflowError(
      editPeriod(
        monitor,
        before.id,
        // Opening moved to the night daylight saving started: 02:30 never happened.
        await formFor("2026 Q4", { opensDate: "2026-09-27", opensTime: "02:30" }),
        before.updatedAt,
        NOW,
      ),
      "invalid",
    );
    expect(error.fieldErrors.opensTime?.[0]).toMatch(/^Opens: 02:30 on 2026-09-27 does not exist in New Zealand/);
    expect(await period("2026 Q4")).toEqual(before);
  });

  it("refuses an edit made on a stale copy and overwrites nothing", async () => {
    const first = await period("2027 Q1");
    await editPeriod(monitor, first.id, await formFor("2027 Q1", { opensTime: "09:00" }), first.updatedAt, NOW);
    const current = await period("2027 Q1");
    const error = await expectWorkflowError(
      editPeriod(monitor, first.id, await formFor("2027 Q1", { opensTime: "10:00" }), first.updatedAt, NOW),
      "conflict",
    );
    expect(error.message).toBe(
      "2027 Q1 was changed by someone else since you opened it. Your edits were not saved: reload to see the latest dates.",
    );
    expect(await period("2027 Q1")).toEqual(current);
    expect(current.opensAt.toISOString()).toBe("2026-12-31T20:00:00.000Z"); // 09:00 NZDT
  });

  it("refuses to edit a closed period, with a clear message", async () => {
    const q3 = await period("2026 Q3");
    expect(q3.closedAt).not.toBeNull();
    const error = await expectWorkflowError(
      editPeriod(monitor, q3.id, { ...periodFormValues(q3), closesDate: "2027-12-01" }, q3.updatedAt, NOW),
      "invalid_transition",
    );
    expect(error.message).toBe(
      "2026 Q3 is closed: its deadlines and snapshot are fixed for good and cannot be edited.",
    );
    expect(await period("2026 Q3")).toEqual(q3);
  });

  it("refuses to close without the exact label, before the opening, or out of order; nothing is closed", async () => {
    const q4 = await period("2026 Q4");
    const q1 = await period("2027 Q1");
    const wrong = await expectWorkflowError(closePeriod(monitor, q4.id, "2026 Q3", NOW), "invalid");
    expect(wrong.fieldErrors).toEqual({ confirmLabel: ["To close the period, type its name exactly: 2026 Q4."] });
    const early = await expectWorkflowError(closePeriod(monitor, q1.id, "2027 Q1", NOW), "invalid_transition");
    expect(early.message).toBe("2027 Q1 has not opened yet, so it cannot be closed.");
    const outOfOrder = await expectWorkflowError(
      closePeriod(monitor, q1.id, "2027 Q1", new Date("2027-01-15T00:00:00Z")),
      "invalid_transition",
    );
    expect(outOfOrder.message).toBe("2026 Q4 is still open. Periods close in order: close 2026 Q4 first.");
    const q3 = await period("2026 Q3");
    await expectWorkflowError(closePeriod(monitor, q3.id, "2026 Q3", NOW), "invalid_transition");

    expect(await period("2026 Q4")).toEqual(q4);
    expect(await period("2027 Q1")).toEqual(q1);
    expect(await snapshotCount(q4.id)).toEqual({ actions: 0, indicators: 0 });
    expect((await periodEvents(q4.id)).filter((e) => e.event === "period.closed")).toEqual([]);
  });

  it("writes nothing at all when the audit event cannot be written (one transaction)", async () => {
    const q4 = await period("2026 Q4");
    // A monitor whose account row is missing: the audit insert fails on its foreign key, after
    // the snapshot rows were written, so they must roll back with it.
    const ghost: UserActor = { ...monitor, userId: 999_999 };
    await expect(closePeriod(ghost, q4.id, "2026 Q4", NOW)).rejects.toThrow();
    expect(await period("2026 Q4")).toEqual(q4);
    expect(await snapshotCount(q4.id)).toEqual({ actions: 0, indicators: 0 });
  });

  it("closes now: a snapshot of every action and indicator, and the audit event, together", async () => {
    const q4 = await period("2026 Q4");
    const [actions] = await handle.db.select({ n: count() }).from(t.actions);
    const [indicators] = await handle.db.select({ n: count() }).from(t.indicators);
    const result = await closePeriod(monitor, q4.id, "  2026 Q4 ", NOW);
    expect(result).toEqual({ label: "2026 Q4", actions: actions!.n, indicators: indicators!.n });
    const row = await period("2026 Q4");
    expect(row.closedAt).toEqual(NOW);
    expect(await snapshotCount(q4.id)).toEqual({ actions: actions!.n, indicators: indicators!.n });
    const closed = (await periodEvents(q4.id)).filter((e) => e.event === "period.closed");
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ actorId: monitor.userId, occurredAt: NOW });
    expect(closed[0]!.after).toMatchObject({ closedAt: NOW.toISOString(), actionSnapshots: actions!.n });
    expect((await listPeriods(monitor, NOW)).periods.find((p) => p.label === "2026 Q4")!.phase).toBe("closed");
  });

  it("keeps a closed snapshot unchanged by later edits", async () => {
    const q4 = await period("2026 Q4");
    const before = await handle.db.select().from(t.periodSnapshots).where(eq(t.periodSnapshots.periodId, q4.id));
    // The plan changes after the close…
    const [action] = await handle.db.select().from(t.actions).limit(1);
    await handle.db.update(t.actions).set({ title: "Renamed after the close" }).where(eq(t.actions.id, action!.id));
    // …the period cannot be edited, through the DAL or directly…
    await expectWorkflowError(
      editPeriod(monitor, q4.id, { ...periodFormValues(q4), closesDate: "2027-06-01" }, q4.updatedAt, NOW),
      "invalid_transition",
    );
    await expectDatabaseRefusal(
      handle.db.update(t.reportingPeriods).set({ dueAt: NOW }).where(eq(t.reportingPeriods.id, q4.id)),
    );
    await expectDatabaseRefusal(
      handle.db
        .update(t.periodSnapshots)
        .set({ payload: {} })
        .where(and(eq(t.periodSnapshots.periodId, q4.id), eq(t.periodSnapshots.actionId, action!.id))),
    );
    // …and the snapshot is exactly as frozen.
    expect(await handle.db.select().from(t.periodSnapshots).where(eq(t.periodSnapshots.periodId, q4.id))).toEqual(
      before,
    );
    expect(JSON.stringify(before)).not.toContain("Renamed after the close");
    await expectWorkflowError(closePeriod(monitor, q4.id, "2026 Q4", NOW), "invalid_transition");
  });

  it("closes periods whose close time has passed, each frozen at its own close time, by the system's jobs", async () => {
    const q1 = await period("2027 Q1");
    const later = new Date("2027-05-01T00:00:00Z");
    expect((await runDueJobs({ now: NOW })).changed).toBe(0);
    expect((await period("2027 Q1")).closedAt).toBeNull();
    expect(await runDueJobs({ now: later })).toMatchObject({ changed: 1, retry: 0, failed: 0 });
    const row = await period("2027 Q1");
    expect(row.closedAt).toEqual(q1.closesAt);
    expect((await snapshotCount(q1.id)).actions).toBeGreaterThan(0);
    const [event] = (await periodEvents(q1.id)).filter((e) => e.event === "period.closed");
    expect(event).toMatchObject({ actorId: null, actorLabel: "system: period close time reached" });
    expect(await runDueJobs({ now: later })).toMatchObject({ changed: 0, done: 0 });
    expect((await periodEvents(q1.id)).filter((e) => e.event === "period.closed")).toHaveLength(1);
  });

  it("closes a period whose close time is exactly now", async () => {
    const next = await period((await generateNextPeriod(monitor, NOW)).label);
    await runDueJobs({ now: new Date(next.closesAt.getTime() - 1) });
    expect((await period(next.label)).closedAt).toBeNull();
    await runDueJobs({ now: next.closesAt });
    expect((await period(next.label)).closedAt).toEqual(next.closesAt);
  });
});
