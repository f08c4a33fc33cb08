import { asc, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fillHistory, latestClosedPeriodSlug, refusalToFill, type FillResult } from "@/db/fill/fill-history";
import * as t from "@/db/schema";
import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { DRIVERS, freshDatabase } from "../support/databases";

// The quarter containing NOW is 2026 Q4, so 3 periods are 2026 Q2 and Q3 (both closed by NOW) and Q4 (open).
const NOW = new Date("2026-11-22T01:00:00Z");
const SIZE = { actions: 5, periods: 3, updatesPerAction: 4 };
const OPEN_STATES = ["draft", "submitted", "agency_approved", "changes_requested"];

describe.each(DRIVERS)("filling a synthetic history (%s)", (driver) => {
  let handle: DbHandle;
  let result: FillResult;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    result = await fillHistory(handle.db, { ...SIZE, now: NOW });
  }, 120_000);
  afterAll(() => handle?.close());

  const periods = () => handle.db.select().from(t.reportingPeriods).orderBy(asc(t.reportingPeriods.startsOn));

  it("creates the asked-for plan, periods and updates, and closes the past periods", async () => {
    expect(result).toMatchObject({ actions: 5, periods: 3, closedPeriods: 2, updates: 20, snapshots: 10 });
    const [[actions], [updates], [workstreams]] = await Promise.all([
      handle.db.select({ n: count() }).from(t.actions),
      handle.db.select({ n: count() }).from(t.progressUpdates),
      handle.db.select({ n: count() }).from(t.workstreams),
    ]);
    expect([actions!.n, updates!.n, workstreams!.n]).toEqual([5, 20, 8]);
    const rows = await periods();
    expect(rows.map((p) => [p.label, p.closedAt !== null])).toEqual([
      ["2026 Q2", true],
      ["2026 Q3", true],
      ["2026 Q4", false],
    ]);
    expect(rows.filter((p) => p.closedAt).every((p) => p.closedAt!.getTime() === p.closesAt.getTime())).toBe(true);
    expect(await latestClosedPeriodSlug(handle.db)).toBe("2026-q3");
    const perAction = await handle.db
      .select({ actionId: t.progressUpdates.actionId, n: count() })
      .from(t.progressUpdates)
      .groupBy(t.progressUpdates.actionId);
    expect(perAction.map((r) => r.n)).toEqual([4, 4, 4, 4, 4]);
    const [[milestones], [criteria], [readings]] = await Promise.all([
      handle.db.select({ n: count() }).from(t.milestones),
      handle.db.select({ n: count() }).from(t.completionCriteria),
      handle.db.select({ n: count() }).from(t.indicatorReadings),
    ]);
    expect(milestones!.n).toBe(15);
    expect(criteria!.n).toBeGreaterThanOrEqual(5);
    expect(readings!.n).toBeGreaterThan(0);
  });

  it("keeps closed periods published and leaves unfinished work only in the open period", async () => {
    const rows = await periods();
    const closedIds = new Set(rows.filter((p) => p.closedAt).map((p) => p.id));
    const updates = await handle.db.select().from(t.progressUpdates).orderBy(asc(t.progressUpdates.id));
    for (const u of updates) {
      if (closedIds.has(u.periodId!)) expect(["published", "withdrawn"]).toContain(u.state);
      else expect(["published", ...OPEN_STATES]).toContain(u.state);
      if (u.publishedAt) expect(u.publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (u.publishedAt && closedIds.has(u.periodId!)) {
        const period = rows.find((p) => p.id === u.periodId)!;
        expect(u.publishedAt.getTime()).toBeLessThan(period.closesAt.getTime());
      }
    }
    // Each action's last update in each closed period is published.
    for (const periodId of closedIds) {
      const byAction = new Map<number, string>();
      for (const u of updates.filter((x) => x.periodId === periodId)) byAction.set(u.actionId, u.state);
      expect([...byAction.values()].every((s) => s === "published")).toBe(true);
    }
    expect(updates.filter((u) => u.state === "published").length).toBeGreaterThan(updates.length / 2);
  });

  it("freezes one snapshot per action in every closed period, each with a latest published update", async () => {
    const rows = await periods();
    const closed = rows.filter((p) => p.closedAt).map((p) => p.id);
    const snapshots = await handle.db
      .select()
      .from(t.periodSnapshots)
      .where(inArray(t.periodSnapshots.periodId, closed));
    const actionIds = (await handle.db.select({ id: t.actions.id }).from(t.actions)).map((a) => a.id).sort();
    for (const periodId of closed) {
      const mine = snapshots.filter((s) => s.periodId === periodId);
      expect(mine.map((s) => s.actionId).sort()).toEqual(actionIds);
      expect(mine.every((s) => (s.payload as ActionSnapshot).update !== null)).toBe(true);
    }
    const open = rows.find((p) => !p.closedAt)!;
    const [openSnapshots] = await handle.db
      .select({ n: count() })
      .from(t.periodSnapshots)
      .where(eq(t.periodSnapshots.periodId, open.id));
    expect(openSnapshots!.n).toBe(0);
  });

  it("creates the demo accounts the benchmark signs in with", async () => {
    const [monitor] = await handle.db.select().from(t.users).where(eq(t.users.email, "monitor@example.org"));
    expect(monitor).toMatchObject({ role: "tec_monitor" });
  });

  it("refuses to fill a database that already holds data, and changes nothing", async () => {
    expect(await refusalToFill(handle.db)).toMatch(/only fills an empty database/);
    await expect(fillHistory(handle.db, { ...SIZE, now: NOW })).rejects.toThrow(/only fills an empty database/);
    const [updates] = await handle.db.select({ n: count() }).from(t.progressUpdates);
    expect(updates!.n).toBe(20);
  });
});
