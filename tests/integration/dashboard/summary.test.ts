import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { drillActions } from "@/lib/dal/dashboard/drill";
import { dashboardSummary } from "@/lib/dal/dashboard/summary";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { nzToday, overdueDaysOf } from "@/lib/status/overdue";
import { and, eq, ne } from "drizzle-orm";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { listReviewQueue } from "@/lib/dal/review-queue";
import type { Actor } from "@/lib/permissions/actor";
import type { Role } from "@/lib/status/vocabulary";
import { isFinishedStage } from "@/lib/status/vocabulary";
import { DRIVERS } from "../../support/databases";
import { dashboardDatabase, SEEDED_AT, scopeFor } from "./support";

async function monitorActor(handle: DbHandle): Promise<Actor> {
  const [u] = await handle.db.select().from(t.users).where(eq(t.users.email, "monitor@example.org"));
  return { kind: "user", userId: u!.id, role: u!.role as Role, agencyId: u!.agencyId };
}

/** The dashboard's opening numbers agree with the public plan and with the lists they open. */
describe.each(DRIVERS)("the dashboard summary (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await dashboardDatabase(driver);
  });
  afterAll(() => handle?.close());

  it("counts overdue actions by the public rule, and the tile's list holds exactly those", async () => {
    const scope = await scopeFor(handle, "monitor", SEEDED_AT);
    const summary = await dashboardSummary(scope);
    const plan = (await loadPublicPlan(SEEDED_AT))!;
    const today = nzToday(SEEDED_AT);
    const publicOverdue = plan.actions.filter((a) => overdueDaysOf(a, today) !== null).map((a) => a.code);
    expect(publicOverdue).toContain("5.4"); // due 30 September 2025 and never reported
    expect(publicOverdue).not.toContain("6.4"); // not proceeding: never overdue
    expect(summary.overdue).toBe(publicOverdue.length);
    expect(summary.actions).toBe(plan.actions.length);
    const listed = await drillActions(scope, { flag: "overdue" });
    expect(listed.map((a) => a.code).sort()).toEqual([...publicOverdue].sort());
  });

  it("counts what is in review and what has not been reported, as other paths count them", async () => {
    const scope = await scopeFor(handle, "monitor", SEEDED_AT);
    const all = await dashboardSummary(scope);
    // In review: what the review queue shows TEC.
    setDatabaseHandle(handle);
    expect(all.awaitingReview).toBe((await listReviewQueue(await monitorActor(handle))).length);
    expect(all.awaitingReview).toBeGreaterThanOrEqual(3);
    // Not reported: unfinished actions (as published) with no update at all for the period but withdrawn ones.
    const plan = (await loadPublicPlan(SEEDED_AT))!;
    const withUpdate = new Set(
      (
        await handle.db
          .select({ actionId: t.progressUpdates.actionId, code: t.actions.code })
          .from(t.progressUpdates)
          .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
          .where(and(eq(t.progressUpdates.periodId, scope.period.id), ne(t.progressUpdates.state, "withdrawn")))
      ).map((r) => r.code),
    );
    const unreported = plan.actions.filter((a) => !isFinishedStage(a.status.stage) && !withUpdate.has(a.code));
    expect(all.notReported).toBe(unreported.length);
    expect(all.notReported).toBeGreaterThan(0);
    expect(all.indicators).toBeGreaterThanOrEqual(6);
    const tec = await dashboardSummary(await scopeFor(handle, "ownApprover", SEEDED_AT));
    expect(tec.actions).toBeLessThan(all.actions);
    expect(tec.awaitingReview).toBeLessThanOrEqual(all.awaitingReview);
  });
});
