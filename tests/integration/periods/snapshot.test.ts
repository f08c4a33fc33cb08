import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { freezePeriod } from "@/db/periods/freeze-period";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import type { ActionSnapshot, IndicatorSnapshot } from "@/lib/periods/snapshot";
import { expectDatabaseRefusal } from "../../support/db-errors";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";

describe.each(DRIVERS)("period snapshots (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver);
  }, 120_000);
  afterAll(() => handle?.close());

  async function latestClosed() {
    const [p] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    return p!;
  }

  async function snapshotOf(periodId: number, code: string): Promise<ActionSnapshot> {
    const [row] = await handle.db
      .select({ payload: t.periodSnapshots.payload })
      .from(t.periodSnapshots)
      .innerJoin(t.actions, eq(t.actions.id, t.periodSnapshots.actionId))
      .where(and(eq(t.periodSnapshots.periodId, periodId), eq(t.actions.code, code)));
    return row!.payload as ActionSnapshot;
  }

  it("freezes every action and indicator of every closed period, and nothing for open ones", async () => {
    const periods = await handle.db.select().from(t.reportingPeriods);
    const snapshots = await handle.db.select().from(t.periodSnapshots);
    const indicatorSnapshots = await handle.db.select().from(t.periodIndicatorSnapshots);
    const closed = periods.filter((p) => p.closedAt);
    expect(closed.length).toBeGreaterThan(4);
    expect(periods.some((p) => !p.closedAt)).toBe(true);
    expect(snapshots.length).toBe(closed.length * demoPlan.actions.length);
    expect(indicatorSnapshots.length).toBe(closed.length * demoPlan.indicators.length);
    const closedIds = new Set(closed.map((p) => p.id));
    expect(snapshots.every((s) => closedIds.has(s.periodId))).toBe(true);
    // Each period was frozen as published at its own close time.
    for (const p of closed) expect(p.closedAt!.getTime()).toBe(p.closesAt.getTime());
  });

  it("records what was published at the close, not what was published later", async () => {
    const period = await latestClosed();
    const rows = await handle.db
      .select({ payload: t.periodSnapshots.payload })
      .from(t.periodSnapshots)
      .where(eq(t.periodSnapshots.periodId, period.id));
    for (const { payload } of rows) {
      const s = payload as ActionSnapshot;
      if (s.update) expect(Date.parse(s.update.publishedAt)).toBeLessThanOrEqual(period.closesAt.getTime());
      expect(["not_yet_reported", "stale", "current"]).toContain(s.systemState);
      expect(s.systemState === "not_yet_reported").toBe(s.update === null);
    }
    // An action with a published update for this very period is current and its reporting shows it.
    const reported = rows.map((r) => r.payload as ActionSnapshot).find((s) => s.update?.periodLabel === period.label);
    expect(reported).toBeDefined();
    expect(reported!.systemState).toBe("current");
    expect(reported!.reporting.state).toBe("published");
  });

  it("marks an unfinished action with nothing published for the period as stale", async () => {
    const open = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNull(t.reportingPeriods.closedAt))
      .orderBy(asc(t.reportingPeriods.startsOn));
    const period = open[0]!;
    const code = "1.5";
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
    // A published update reporting on an earlier period only, so nothing covers this one.
    const [earlier] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(asc(t.reportingPeriods.startsOn))
      .limit(1);
    await handle.db.insert(t.progressUpdates).values({
      actionId: action!.id,
      periodId: earlier!.id,
      agencyId: action!.leadAgencyId,
      state: "published",
      stage: "underway",
      confidence: "probable",
      publishedAt: new Date(period.closesAt.getTime() - 60_000),
    });
    const after = new Date(Math.max(period.closesAt.getTime(), SEEDED_AT.getTime()) + 1000);
    await handle.db.transaction((tx) => freezePeriod(tx as never, period.id, after));
    const s = await snapshotOf(period.id, code);
    expect(s.stage).toBe("underway");
    expect(s.systemState).toBe("stale");
  });

  it("never changes once closed: later plan edits and updates leave it as it was", async () => {
    const period = await latestClosed();
    const code = "1.4";
    const before = await snapshotOf(period.id, code);
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
    await handle.db
      .update(t.actions)
      .set({ title: "Renamed later", forecastDue: "2030-01-01" })
      .where(eq(t.actions.id, action!.id));
    await handle.db
      .update(t.milestones)
      .set({ completedOn: "2026-01-01" })
      .where(eq(t.milestones.actionId, action!.id));
    await handle.db.insert(t.progressUpdates).values({
      actionId: action!.id,
      periodId: period.id,
      agencyId: action!.leadAgencyId,
      state: "published",
      stage: "not_proceeding",
      notProceedingReason: "Stopped later",
      publishedAt: new Date(),
    });
    expect(await snapshotOf(period.id, code)).toEqual(before);

    // The database itself refuses to edit a snapshot or a closed period, or to close it twice.
    await expectDatabaseRefusal(
      handle.db.update(t.periodSnapshots).set({ payload: {} }).where(eq(t.periodSnapshots.periodId, period.id)),
      /frozen/,
    );
    await expectDatabaseRefusal(
      handle.db.delete(t.periodIndicatorSnapshots).where(eq(t.periodIndicatorSnapshots.periodId, period.id)),
      /frozen/,
    );
    await expectDatabaseRefusal(
      handle.db.update(t.reportingPeriods).set({ closedAt: null }).where(eq(t.reportingPeriods.id, period.id)),
      /closed/,
    );
    await expect(handle.db.transaction((tx) => freezePeriod(tx as never, period.id, new Date()))).rejects.toThrow(
      /already closed/,
    );
    expect(await snapshotOf(period.id, code)).toEqual(before);
  });

  it("freezes indicator readings with the previous period's total", async () => {
    const [withData] = await handle.db
      .select({ period: t.reportingPeriods })
      .from(t.reportingPeriods)
      .innerJoin(t.indicatorReadings, eq(t.indicatorReadings.periodId, t.reportingPeriods.id))
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    const period = withData!.period;
    const rows = await handle.db
      .select({ payload: t.periodIndicatorSnapshots.payload })
      .from(t.periodIndicatorSnapshots)
      .where(eq(t.periodIndicatorSnapshots.periodId, period.id));
    const withReadings = rows.map((r) => r.payload as IndicatorSnapshot).filter((s) => s.readings.length > 0);
    expect(withReadings.length).toBeGreaterThan(0);
    const live = await handle.db
      .select()
      .from(t.indicatorReadings)
      .innerJoin(t.indicators, eq(t.indicators.id, t.indicatorReadings.indicatorId))
      .where(eq(t.indicatorReadings.periodId, period.id));
    for (const s of withReadings) {
      const total = s.readings.find((r) => r.breakdownKind === "total");
      const liveTotal = live.find(
        (l) => l.indicators.code === s.code && l.indicator_readings.breakdownKind === "total",
      );
      expect(total?.value).toBe(liveTotal?.indicator_readings.value);
    }
    expect(withReadings.some((s) => s.previous !== null)).toBe(true);
  });
});
