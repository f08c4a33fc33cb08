import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { drillActions } from "@/lib/dal/dashboard/drill";
import { dashboardSummary } from "@/lib/dal/dashboard/summary";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { nzToday, overdueDaysOf } from "@/lib/status/overdue";
import { DRIVERS } from "../../support/databases";
import { dashboardDatabase, SEEDED_AT, scopeFor } from "./support";

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

  it("counts what is in review and what has not been reported, within the agency's own scope for an approver", async () => {
    const all = await dashboardSummary(await scopeFor(handle, "monitor", SEEDED_AT));
    expect(all.awaitingReview).toBeGreaterThanOrEqual(3); // the demo's submitted and agency-approved updates
    expect(all.notReported).toBeGreaterThan(0);
    expect(all.indicators).toBeGreaterThanOrEqual(6);
    expect(all.indicatorsOffTrack).toBeLessThanOrEqual(all.indicators);
    const tec = await dashboardSummary(await scopeFor(handle, "ownApprover", SEEDED_AT));
    expect(tec.actions).toBeLessThan(all.actions);
    expect(tec.awaitingReview).toBeLessThanOrEqual(all.awaitingReview);
  });
});
