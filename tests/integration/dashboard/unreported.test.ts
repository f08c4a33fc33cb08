import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { DASHBOARD_CSV } from "@/lib/dal/dashboard/csv-tables";
import { drillActions } from "@/lib/dal/dashboard/drill";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { unreportedActions, unreportedByWorkstream } from "@/lib/dal/dashboard/stale";
import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { DRIVERS } from "../../support/databases";
import { actionByCode, dashboardDatabase, SEEDED_AT, scopeFor } from "./support";

const HOUR = 3_600_000;
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe.each(DRIVERS)("stale and never-reported actions (%s)", (driver) => {
  let handle: DbHandle;
  let scope: DashboardScope;
  let staleCode: string;
  let olderLabel: string;

  beforeAll(async () => {
    handle = await dashboardDatabase(driver);
    scope = await scopeFor(handle, "monitor");
    // A never-reported action gets one published update, for a period two closes back: now stale.
    const never = (await unreportedActions(scope)).find((a) => a.systemState === "not_yet_reported");
    expect(never, "the demo has a never-reported action").toBeDefined();
    staleCode = never!.code;
    const closed = scope.periods.filter((p) => p.closedAt);
    const older = closed[closed.length - 2]!;
    olderLabel = older.label;
    const action = await actionByCode(handle, staleCode);
    await handle.db.insert(t.progressUpdates).values({
      actionId: action.id,
      periodId: older.id,
      agencyId: action.leadAgencyId,
      state: "published",
      stage: "underway",
      confidence: "probable",
      submittedAt: new Date(SEEDED_AT.getTime() - 2 * HOUR),
      publishedAt: new Date(SEEDED_AT.getTime() - HOUR),
    });
  }, 180_000);
  afterAll(() => handle?.close());

  it("lists each stale action with its last update, its period and the periods missed since", async () => {
    const list = await unreportedActions(scope);
    const row = list.find((a) => a.code === staleCode)!;
    expect(row).toMatchObject({ systemState: "stale", lastPeriod: olderLabel });
    expect(row.lastPublishedAt?.getTime()).toBe(SEEDED_AT.getTime() - HOUR);
    const older = scope.periods.find((p) => p.label === olderLabel)!;
    const action = await actionByCode(handle, staleCode);
    const missed = scope.periods.filter(
      (p) =>
        p.startsOn > older.startsOn &&
        p.startsOn <= scope.period.startsOn &&
        p.dueAt <= scope.now &&
        p.endsOn >= action.baselineStart,
    ).length;
    expect(missed).toBeGreaterThan(0);
    expect(row.periodsMissed).toBe(missed);
    for (const a of list) {
      expect(a.systemState === "not_yet_reported").toBe(a.lastPublishedAt === null);
      if (a.systemState === "stale") expect(a.periodsMissed).toBeGreaterThan(0);
    }
  });

  it("counts by workstream exactly the actions listed and drilled into", async () => {
    const list = await unreportedActions(scope);
    const counts = await unreportedByWorkstream(scope);
    expect(counts.length).toBe(scope.workstreams.length);
    for (const w of counts) {
      const wsScope = await scopeFor(handle, "monitor", SEEDED_AT, { workstream: w.number });
      const stale = list.filter((a) => a.workstream === w.number && a.systemState === "stale");
      const never = list.filter((a) => a.workstream === w.number && a.systemState === "not_yet_reported");
      expect([w.stale, w.notYetReported]).toEqual([stale.length, never.length]);
      expect(codes(await drillActions(wsScope, { state: "stale" }))).toEqual(codes(stale));
      expect(codes(await drillActions(wsScope, { state: "not_yet_reported" }))).toEqual(codes(never));
      expect(codes(await drillActions(wsScope, { flag: "never-reported" }))).toEqual(codes(never));
    }
    expect(counts.reduce((n, w) => n + w.stale, 0)).toBeGreaterThan(0);
  });

  it("keeps an approver to their agency's slice", async () => {
    const approverScope = await scopeFor(handle, "ownApprover");
    const mine = new Set(codes(await drillActions(approverScope, {})));
    const list = await unreportedActions(approverScope);
    expect(list.every((a) => mine.has(a.code))).toBe(true);
    const all = await unreportedActions(scope);
    expect(list.length).toBe(all.filter((a) => mine.has(a.code)).length);
  });

  it("serves the list as CSV, row for row", async () => {
    const list = await unreportedActions(scope);
    const csv = await DASHBOARD_CSV.unreported!(scope);
    expect(csv.rows.map((r) => [r[1], r[5], r[7], r[8]])).toEqual(
      list.map((a) => [a.code, a.systemState, a.lastPeriod ?? "", a.periodsMissed]),
    );
  });

  it("reads a closed period from its snapshot, unchanged by later updates", async () => {
    const closed = [...scope.periods].reverse().find((p) => p.closedAt)!;
    const closedScope = await scopeFor(handle, "monitor", SEEDED_AT, { period: closed.slug });
    const snapshots = await handle.db
      .select({ code: t.actions.code, payload: t.periodSnapshots.payload })
      .from(t.periodSnapshots)
      .innerJoin(t.actions, eq(t.actions.id, t.periodSnapshots.actionId))
      .where(eq(t.periodSnapshots.periodId, closed.id));
    const list = await unreportedActions(closedScope);
    const frozen = snapshots.filter((s) => (s.payload as ActionSnapshot).systemState !== "current");
    expect(codes(list).sort()).toEqual(codes(frozen).sort());
    for (const { code, payload } of frozen) {
      const s = payload as ActionSnapshot;
      const row = list.find((a) => a.code === code)!;
      expect(row.systemState).toBe(s.systemState);
      expect(row.lastPublishedAt?.toISOString() ?? null).toBe(
        s.update ? new Date(s.update.publishedAt).toISOString() : null,
      );
      expect(row.lastPeriod).toBe(s.update?.periodLabel ?? null);
    }
    // The action given an update after the close is still as the snapshot froze it.
    expect(list.find((a) => a.code === staleCode)?.systemState).toBe("not_yet_reported");
  });
});
