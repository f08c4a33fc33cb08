import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { successorsAtRisk } from "@/lib/dal/dashboard/dependency-risk";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { isFinished, openDependencyRisks } from "@/lib/public/dependency-risk";
import { layoutGantt } from "@/lib/timeline/gantt-layout";
import { DRIVERS } from "../../support/databases";
import { dashboardDatabase, SEEDED_AT, scopeFor } from "./support";

/**
 * The dashboard, the public timeline and the overview flag the same actions as held up by a late
 * predecessor: one rule (lib/dependencies/open-risks.ts), read through three different paths.
 */
describe.each(DRIVERS)("one dependency-risk rule (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await dashboardDatabase(driver);
  });
  afterAll(() => handle?.close());

  it("the dashboard, the timeline and the public plan agree, and the demo has a real risk", async () => {
    const dashboard = await successorsAtRisk(await scopeFor(handle, "monitor", SEEDED_AT));
    const plan = (await loadPublicPlan(SEEDED_AT))!;
    const layout = layoutGantt({
      actions: plan.actions.map((a) => ({ ...a, finished: isFinished(a) })),
      workstreams: plan.workstreams,
      planStart: plan.plan.startsOn,
      planEnd: plan.plan.endsOn,
      today: SEEDED_AT.toISOString().slice(0, 10),
    });
    const timeline = layout.groups
      .flatMap((g) => g.rows)
      .filter((r) => r.atRiskFrom.length > 0)
      .map((r) => r.code);
    const publicRisks = openDependencyRisks(plan.actions).map((r) => r.code);
    expect(dashboard).toContain("2.4");
    expect([...timeline].sort()).toEqual([...dashboard].sort());
    expect([...publicRisks].sort()).toEqual([...dashboard].sort());
  });
});
