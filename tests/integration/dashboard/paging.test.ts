import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { complianceBoard, complianceCounts, complianceGridPage } from "@/lib/dal/dashboard/compliance";
import { drillActions, drillActionsPage } from "@/lib/dal/dashboard/drill";
import { flaggedMilestones, flaggedMilestonesPage } from "@/lib/dal/dashboard/milestones";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { unreportedActions, unreportedPage } from "@/lib/dal/dashboard/stale";
import type { Paged, PageRequest } from "@/lib/paging/pages";
import { DRIVERS } from "../../support/databases";
import { dashboardDatabase, scopeFor } from "./support";

const URGENCY = ["late", "due", "draft", "submitted", "approved", "published", "not_expected"];

/** Every page of a paged list, checking each is bounded and carries the same total. */
async function allPages<T>(read: (r: PageRequest) => Promise<Paged<T>>, pageSize: number) {
  const first = await read({ page: 1, pageSize });
  const pages = Math.max(1, Math.ceil(first.total / pageSize));
  const rows: T[] = [...first.rows];
  for (let page = 2; page <= pages; page++) {
    const p = await read({ page, pageSize });
    expect(p.page).toBe(page);
    expect(p.total).toBe(first.total);
    expect(p.rows.length).toBeLessThanOrEqual(pageSize);
    if (page < pages) expect(p.rows.length).toBe(pageSize);
    rows.push(...p.rows);
  }
  expect(first.rows.length).toBe(Math.min(pageSize, first.total));
  return { total: first.total, rows, pages };
}

const key = (m: { code: string; milestone: string }) => `${m.code}|${m.milestone}`;

describe.each(DRIVERS)("the dashboard's paged lists (%s)", (driver) => {
  let handle: DbHandle;
  let scope: DashboardScope;
  let closedScope: DashboardScope;

  beforeAll(async () => {
    handle = await dashboardDatabase(driver);
    scope = await scopeFor(handle, "monitor");
    const closed = scope.periods.filter((p) => p.closedAt).at(-1)!;
    closedScope = await scopeFor(handle, "monitor", undefined, { period: closed.slug });
  });
  afterAll(async () => handle?.close());

  it("counts the compliance board in SQL, agreeing with the full board", async () => {
    for (const s of [scope, closedScope]) {
      const board = await complianceBoard(s);
      const counts = await complianceCounts(s);
      expect(counts.map((c) => c.slug)).toEqual(board.map((b) => b.slug));
      for (const c of counts) {
        const b = board.find((x) => x.slug === c.slug)!;
        expect(c.counts).toEqual(b.counts);
        expect(c.submittedLate).toBe(b.submittedLate);
        expect(c.total).toBe(b.actions.length);
      }
    }
  });

  it("pages the compliance grid: bounded pages, the right total, every action once, most urgent first", async () => {
    for (const s of [scope, closedScope]) {
      const board = await complianceBoard(s);
      const codes = board.flatMap((b) => b.actions.map((a) => a.code));
      expect(codes.length).toBeGreaterThan(7);
      const { total, rows } = await allPages((r) => complianceGridPage(s, r), 7);
      expect(total).toBe(codes.length);
      expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
      const ranks = rows.map((r) => URGENCY.indexOf(r.state));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("pages the stale list: the right total, every action once, most periods missed first", async () => {
    for (const s of [scope, closedScope]) {
      const all = await unreportedActions(s);
      expect(all.length).toBeGreaterThan(2);
      const { total, rows } = await allPages((r) => unreportedPage(s, r), 2);
      expect(total).toBe(all.length);
      expect(rows.map((r) => r.code).sort()).toEqual(all.map((a) => a.code).sort());
      const missed = rows.map((r) => r.periodsMissed);
      expect(missed).toEqual([...missed].sort((a, b) => b - a));
      for (const r of rows) expect(r).toEqual(all.find((a) => a.code === r.code));
    }
  });

  it("pages the flagged milestones: the right total, each once, longest overdue first", async () => {
    for (const s of [scope, closedScope]) {
      const all = await flaggedMilestones(s);
      expect(all.length).toBeGreaterThan(3);
      const { total, rows } = await allPages((r) => flaggedMilestonesPage(s, r), 3);
      expect(total).toBe(all.length);
      expect(rows.map(key).sort()).toEqual(all.map(key).sort());
      const due = rows.map((m) => m.forecastDue ?? m.baselineDue);
      expect(due).toEqual([...due].sort());
    }
  });

  it("pages the drill-down in action-code order, with the criteria and filters applied", async () => {
    const ws = await scopeFor(handle, "monitor", undefined, { workstream: 2 });
    for (const [s, criteria] of [
      [scope, {}],
      [scope, { reporting: "due" }],
      [ws, { state: "current" }],
      [closedScope, { flag: "milestones-slipping" }],
    ] as const) {
      const all = await drillActions(s, criteria);
      const { total, rows } = await allPages((r) => drillActionsPage(s, criteria, r), 4);
      expect(total).toBe(all.length);
      expect(rows.map((r) => r.code)).toEqual(all.map((a) => a.code));
    }
  });

  it("shows the last page when asked for one past the end, and nothing when nothing matches", async () => {
    const all = await drillActions(scope, {});
    const last = await drillActionsPage(scope, {}, { page: 999, pageSize: 10 });
    expect(last.page).toBe(Math.ceil(all.length / 10));
    expect(last.rows.map((r) => r.code)).toEqual(all.slice((last.page - 1) * 10).map((a) => a.code));
    const none = await drillActionsPage(scope, { reporting: "due", lead: "no-such-agency" }, { page: 3, pageSize: 10 });
    expect(none).toEqual({ rows: [], total: 0, page: 1, pageSize: 10 });
  });
});
