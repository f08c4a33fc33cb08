import { desc, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { DASHBOARD_CSV } from "@/lib/dal/dashboard/csv-tables";
import { drillActions } from "@/lib/dal/dashboard/drill";
import { loadDashboardScope } from "@/lib/dal/dashboard/scope";
import { statusMix } from "@/lib/dal/dashboard/status-mix";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { periodSlug } from "@/lib/periods/period-slug";
import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { confidenceCategory } from "@/lib/rollup/roll-up";
import { DRIVERS } from "../../support/databases";
import { actorFor, expectWorkflowError, workflowDatabase } from "../workflow/support";

const NO_FILTERS: DashboardFilters = { period: null, workstream: null, agency: null };

describe.each(DRIVERS)("dashboard status mix (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  }, 120_000);
  afterAll(() => handle?.close());

  const monitorScope = async (filters = NO_FILTERS, now = new Date()) =>
    loadDashboardScope(await actorFor(handle.db, "monitor"), filters, now);

  it("counts every action once, as the public roll-up does, by workstream and by lead agency", async () => {
    const now = new Date();
    const plan = (await loadPublicPlan(now))!;
    const scope = await monitorScope(NO_FILTERS, now);
    const byWs = await statusMix(scope, "workstream");
    expect(byWs.reduce((n, r) => n + r.total, 0)).toBe(plan.actions.length);
    for (const row of byWs) {
      const actions = plan.actions.filter((a) => String(a.workstream) === row.key);
      expect(row.total).toBe(actions.length);
      for (const a of actions) expect(row.byConfidence[confidenceCategory(a.status)]).toBeGreaterThan(0);
      const expected: Record<string, number> = {};
      for (const a of actions)
        expected[confidenceCategory(a.status)] = (expected[confidenceCategory(a.status)] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(row.byConfidence).filter(([, n]) => n > 0))).toEqual(expected);
      const stages: Record<string, number> = {};
      for (const a of actions)
        stages[a.status.stage ?? "not_yet_reported"] = (stages[a.status.stage ?? "not_yet_reported"] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(row.byStage).filter(([, n]) => n > 0))).toEqual(stages);
    }
    const byAgency = await statusMix(scope, "agency");
    expect(byAgency.reduce((n, r) => n + r.total, 0)).toBe(plan.actions.length);
    // The demo plan's states are varied enough for the mix to mean something.
    expect(byWs.some((r) => r.byConfidence.stale > 0 || r.byConfidence.not_yet_reported > 0)).toBe(true);
  });

  it("shows an approver only their own agency's actions, whatever the URL asks", async () => {
    const approver = await actorFor(handle.db, "otherApprover");
    if (approver.kind !== "user") throw new Error("no approver");
    const scope = await loadDashboardScope(approver, { ...NO_FILTERS, agency: "msd" });
    expect(scope.agencyLocked).toBe(true);
    expect(scope.agencyId).toBe(approver.agencyId);
    const [own] = await handle.db.select().from(t.agencies).where(eq(t.agencies.id, approver.agencyId!));
    const plan = (await loadPublicPlan())!;
    const involved = plan.actions.filter(
      (a) => a.leadAgency === own!.slug || a.contributingAgencies.includes(own!.slug),
    );
    expect(involved.length).toBeGreaterThan(0);
    expect(involved.length).toBeLessThan(plan.actions.length);
    const mix = await statusMix(scope, "workstream");
    expect(mix.reduce((n, r) => n + r.total, 0)).toBe(involved.length);
    const listed = await drillActions(scope, {});
    expect(listed.map((a) => a.code).sort()).toEqual(involved.map((a) => a.code).sort());
  });

  it("refuses agency staff and the public", async () => {
    await expectWorkflowError(loadDashboardScope(await actorFor(handle.db, "leadStaff"), NO_FILTERS), "forbidden");
    await expectWorkflowError(loadDashboardScope(await actorFor(handle.db, "anonymous"), NO_FILTERS), "forbidden");
  });

  it("lists, behind each number, exactly the actions it counts", async () => {
    const scope = await monitorScope();
    for (const row of await statusMix(scope, "workstream")) {
      for (const [category, n] of Object.entries(row.byConfidence)) {
        if (n === 0) continue;
        const criteria =
          category === "stale" || category === "not_yet_reported" ? { state: category } : { confidence: category };
        const wsScope = await monitorScope({ ...NO_FILTERS, workstream: Number(row.key) });
        expect((await drillActions(wsScope, criteria)).length, `${row.key} ${category}`).toBe(n);
      }
    }
  });

  it("reads a closed period from its snapshot, which later publications do not change", async () => {
    const [closed] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    const filters = { ...NO_FILTERS, period: periodSlug(closed!.label) };
    const scope = await monitorScope(filters);
    expect(scope.period.id).toBe(closed!.id);
    const before = await statusMix(scope, "workstream");
    const snapshots = await handle.db
      .select()
      .from(t.periodSnapshots)
      .where(eq(t.periodSnapshots.periodId, closed!.id));
    const atRisk = snapshots.filter((s) => {
      const p = s.payload as ActionSnapshot;
      return p.systemState === "current" && p.confidence === "at_risk";
    }).length;
    expect(before.reduce((n, r) => n + r.byConfidence.at_risk, 0)).toBe(atRisk);

    // Publish a new rating for every action: the live view moves, the closed one does not.
    const actions = await handle.db.select().from(t.actions);
    await handle.db.insert(t.progressUpdates).values(
      actions.map((a) => ({
        actionId: a.id,
        agencyId: a.leadAgencyId,
        state: "published",
        stage: "underway",
        confidence: "unachievable",
        explanation: "Test",
        recoveryStep: "Test",
        publishedAt: new Date(Date.now() - 1000),
      })),
    );
    expect(await statusMix(await monitorScope(filters), "workstream")).toEqual(before);
    const live = await statusMix(await monitorScope(), "workstream");
    expect(live.reduce((n, r) => n + r.byConfidence.unachievable, 0)).toBeGreaterThan(0);
  });

  it("downloads the same numbers as CSV", async () => {
    const scope = await monitorScope();
    const rows = await statusMix(scope, "agency");
    const table = await DASHBOARD_CSV["mix-agency"]!(scope);
    expect(table.rows.length).toBe(rows.length);
    expect(table.rows.map((r) => r.at(-1))).toEqual(rows.map((r) => r.total));
    expect(table.header[0]).toBe("period");
  });
});
