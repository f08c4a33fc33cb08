import { desc, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { confidenceTrend } from "@/lib/dal/dashboard/confidence-trend";
import { DASHBOARD_CSV } from "@/lib/dal/dashboard/csv-tables";
import { dependencyRisks } from "@/lib/dal/dashboard/dependency-risk";
import { drillActions } from "@/lib/dal/dashboard/drill";
import { indicatorStatuses } from "@/lib/dal/dashboard/indicators";
import { flaggedMilestones, milestoneCounts } from "@/lib/dal/dashboard/milestones";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import { setDatabaseHandle } from "@/lib/dal/db";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { UserActor } from "@/lib/permissions/actor";
import { FINISHED_STAGES, type Role } from "@/lib/status/vocabulary";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";

const NOW = SEEDED_AT; // 2026-11-22 14:00 in Auckland
const TODAY = "2026-11-22";
const NO_FILTERS: DashboardFilters = { period: null, workstream: null, agency: null };

describe.each(DRIVERS)("dashboard widgets (%s)", (driver) => {
  let handle: DbHandle;
  let monitor: UserActor;
  let approver: UserActor;
  let late: { predecessor: string; successor: string };

  async function actor(email: string): Promise<UserActor> {
    const [u] = await handle.db.select().from(t.users).where(eq(t.users.email, email));
    return { kind: "user", userId: u!.id, role: u!.role as Role, agencyId: u!.agencyId };
  }
  const scopeOf = (who: UserActor, filters: Partial<DashboardFilters> = {}) =>
    loadDashboardScope(who, { ...NO_FILTERS, ...filters }, NOW);
  async function action(code: string) {
    const [a] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
    return a!;
  }
  const codes = async (scope: DashboardScope, flag: string) => (await drillActions(scope, { flag })).map((a) => a.code);

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    monitor = await actor("monitor@example.org");
    approver = await actor("approver.tec@example.org");

    // A milestone of 3.3 (underway) slips a month (not completed, forecast after baseline, both still ahead).
    const a31 = await action("3.3");
    const [m] = await handle.db
      .select()
      .from(t.milestones)
      .where(eq(t.milestones.actionId, a31.id))
      .orderBy(desc(t.milestones.position))
      .limit(1);
    await handle.db
      .update(t.milestones)
      .set({ baselineDue: "2027-02-01", forecastDue: "2027-03-03", completedOn: null })
      .where(eq(t.milestones.id, m!.id));
    // A milestone of 3.3 was due three days ago and is not done.
    const [m1] = await handle.db
      .select()
      .from(t.milestones)
      .where(eq(t.milestones.actionId, a31.id))
      .orderBy(t.milestones.position)
      .limit(1);
    await handle.db
      .update(t.milestones)
      .set({ baselineDue: "2026-11-19", forecastDue: null, completedOn: null })
      .where(eq(t.milestones.id, m1!.id));
    const live = await drillActions(await scopeOf(monitor), {});
    const open = new Set(live.filter((a) => !a.stage || !FINISHED_STAGES.includes(a.stage)).map((a) => a.code));
    const edges = await handle.db
      .select({ action: t.actionDependencies.actionId, predecessor: t.actionDependencies.predecessorId })
      .from(t.actionDependencies);
    const all = await handle.db.select().from(t.actions);
    // The demo's open actions wait only on finished ones: make one wait on another (no cycle: the
    // successor is nobody's predecessor).
    const isPredecessor = new Set(edges.map((e) => e.predecessor));
    const openRows = all.filter((a) => open.has(a.code));
    const successor = openRows.find((a) => !isPredecessor.has(a.id))!;
    const predecessor = openRows.find((a) => a.id !== successor.id)!;
    await handle.db.insert(t.actionDependencies).values({ actionId: successor.id, predecessorId: predecessor.id });
    late = { predecessor: predecessor.code, successor: successor.code };
    // The predecessor is now forecast to finish in mid-2028, after the successor's start.
    await handle.db.update(t.actions).set({ forecastDue: "2028-06-30" }).where(eq(t.actions.id, predecessor.id));
    await handle.db
      .update(t.actions)
      .set({ baselineStart: "2026-10-01", baselineDue: "2027-12-31", forecastDue: null })
      .where(eq(t.actions.id, successor.id));
  }, 180_000);
  afterAll(() => handle?.close());

  it("lists overdue and slipping milestones with days, and counts them by workstream as the drill-down lists", async () => {
    const scope = await scopeOf(monitor);
    const list = await flaggedMilestones(scope);
    const mine = list.filter((m) => m.code === "3.3");
    expect(mine).toContainEqual(
      expect.objectContaining({
        baselineDue: "2027-02-01",
        forecastDue: "2027-03-03",
        slipDays: 30,
        overdueDays: null,
      }),
    );
    expect(mine).toContainEqual(
      expect.objectContaining({ baselineDue: "2026-11-19", forecastDue: null, overdueDays: 3, slipDays: null }),
    );
    // 6.4 is not proceeding: its unfinished milestones, long past due, are never overdue.
    const a64 = await action("6.4");
    const stopped = await handle.db.select().from(t.milestones).where(eq(t.milestones.actionId, a64.id));
    expect(stopped.some((m) => !m.completedOn && (m.forecastDue ?? m.baselineDue) < TODAY)).toBe(true);
    expect(list.filter((m) => m.code === "6.4")).toEqual([]);
    const counts = await milestoneCounts(scope);
    for (const flag of ["overdue", "slipping"] as const) {
      const key = flag === "overdue" ? "overdueDays" : "slipDays";
      const flagged = new Set(list.filter((m) => m[key] !== null).map((m) => m.code));
      const total = counts.reduce((n, c) => n + (flag === "overdue" ? c.overdueActions : c.slippingActions), 0);
      expect(total).toBe(flagged.size);
      expect(new Set(await codes(scope, `milestones-${flag}`))).toEqual(flagged);
      // Per workstream, the drill-down with the workstream filter lists exactly the counted actions.
      const ws3 = counts.find((c) => c.workstream === 3)!;
      const ws3Scope = await scopeOf(monitor, { workstream: 3 });
      expect((await codes(ws3Scope, `milestones-${flag}`)).length).toBe(
        flag === "overdue" ? ws3.overdueActions : ws3.slippingActions,
      );
    }
    expect(list.every((m) => m.overdueDays !== null || m.slipDays !== null)).toBe(true);
  });

  it("names late predecessors, foundational first, with the successors they hold up", async () => {
    const scope = await scopeOf(monitor);
    const risks = await dependencyRisks(scope);
    const p = risks.find((r) => r.code === late.predecessor);
    expect(p).toMatchObject({ due: "2028-06-30" });
    expect(p!.successors).toContainEqual(expect.objectContaining({ code: late.successor, startsOn: "2026-10-01" }));
    const firstPlain = risks.findIndex((r) => !r.foundational);
    expect(risks.slice(firstPlain === -1 ? risks.length : firstPlain).every((r) => !r.foundational)).toBe(true);
    const successors = new Set(risks.flatMap((r) => r.successors.map((s) => s.code)));
    expect(new Set(await codes(scope, "dependency-risk"))).toEqual(successors);
    expect(successors.has("2.1")).toBe(false);
  });

  it("counts the confidence mix of each closed period from its snapshot, and now live", async () => {
    const scope = await scopeOf(monitor);
    const trend = await confidenceTrend(scope);
    const closed = scope.periods.filter((p) => p.closedAt);
    expect(trend.filter((r) => !r.live).map((r) => r.period.id)).toEqual(closed.map((p) => p.id));
    expect(trend.filter((r) => r.live)).toHaveLength(1);
    for (const r of trend) {
      expect(r.total).toBe(demoPlan.actions.length);
      expect(Object.values(r.byConfidence).reduce((a, b) => a + b, 0)).toBe(r.total);
    }
    // The live row is the status mix now; a closed row matches the drill-down of that period.
    const last = trend.filter((r) => !r.live).at(-1)!;
    const lastScope = await scopeOf(monitor, { period: last.period.slug });
    expect((await drillActions(lastScope, { state: "stale" })).length).toBe(last.byConfidence.stale);
  });

  it("judges each indicator's latest reading against the line from baseline to target", async () => {
    const [ind] = await handle.db
      .select()
      .from(t.indicators)
      .where(eq(t.indicators.code, demoPlan.indicators[0]!.code));
    const scope = await scopeOf(monitor);
    const before = (await indicatorStatuses(scope)).find((i) => i.code === ind!.code)!;
    // A reading for the current period, far beyond the target in the right direction.
    const good =
      ind!.direction === "decrease" ? ind!.targetValue - Math.abs(ind!.targetValue) - 1 : ind!.targetValue * 2 + 1;
    await handle.db
      .insert(t.indicatorReadings)
      .values({ indicatorId: ind!.id, periodId: scope.period.id, value: good });
    await handle.db.insert(t.indicatorReadings).values({
      indicatorId: ind!.id,
      periodId: scope.period.id,
      breakdownKind: "region",
      breakdownValue: "Test region",
      value: 7,
    });
    const after = (await indicatorStatuses(scope)).find((i) => i.code === ind!.code)!;
    expect(after.series.length).toBe(before.series.length + 1);
    expect(after.latest).toMatchObject({ period: scope.period.label, value: good });
    expect(after.verdict?.onTrack).toBe(true);
    expect(after.regions).toEqual({ period: scope.period.label, entries: [{ key: "Test region", value: 7 }] });
  });

  it("gives an approver their agency's slice only", async () => {
    const scope = await scopeOf(approver, { agency: "meh" });
    expect(scope.agencyLocked).toBe(true);
    const visible = new Set((await drillActions(scope, {})).map((a) => a.code));
    expect(visible.size).toBeLessThan(demoPlan.actions.length);
    for (const m of await flaggedMilestones(scope)) expect(visible).toContain(m.code);
    for (const r of await dependencyRisks(scope)) for (const s of r.successors) expect(visible).toContain(s.code);
    for (const r of await confidenceTrend(scope)) expect(r.total).toBe(visible.size);
  });

  it("keeps a closed period's widgets as frozen, whatever changes later", async () => {
    const [closed] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    const scope = await scopeOf(monitor, { period: closed!.label.toLowerCase().replace(/\s+/g, "-") });
    expect(scope.period.id).toBe(closed!.id);
    const read = async () => ({
      milestones: await flaggedMilestones(scope),
      counts: await milestoneCounts(scope),
      risks: await dependencyRisks(scope),
      indicators: await indicatorStatuses(scope),
    });
    const before = await read();
    // Later edits: every milestone slips, a predecessor slips, a reading changes.
    await handle.db.update(t.milestones).set({ forecastDue: "2029-12-31", completedOn: null });
    await handle.db.update(t.actions).set({ forecastDue: "2029-12-31" }).where(eq(t.actions.code, "1.1"));
    await handle.db.update(t.indicatorReadings).set({ value: 999 }).where(eq(t.indicatorReadings.periodId, closed!.id));
    expect(await read()).toEqual(before);
    // Overdue is judged on the period's last day, not today.
    for (const m of before.milestones) {
      if (m.overdueDays !== null) expect((m.forecastDue ?? m.baselineDue) < closed!.endsOn).toBe(true);
    }
    expect(TODAY > closed!.endsOn).toBe(true);
  });

  it("serves in each CSV exactly the rows the widget shows", async () => {
    const scope = await scopeOf(monitor);
    const milestones = await DASHBOARD_CSV.milestones!(scope);
    expect(milestones.rows.length).toBe((await flaggedMilestones(scope)).length);
    const deps = await DASHBOARD_CSV["dependency-risk"]!(scope);
    expect(deps.rows.length).toBe((await dependencyRisks(scope)).reduce((n, r) => n + r.successors.length, 0));
    const trend = await DASHBOARD_CSV["confidence-trend"]!(scope);
    expect(trend.rows.map((r) => r[0])).toEqual((await confidenceTrend(scope)).map((r) => r.period.label));
    const inds = await DASHBOARD_CSV.indicators!(scope);
    expect(inds.rows.map((r) => r[1])).toEqual((await indicatorStatuses(scope)).map((i) => i.code));
    expect(inds.header).toContain("on_track");
  });
});
