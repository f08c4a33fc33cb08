import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { demoPlan } from "@/db/seed/demo-plan";
import { seedDemoPlan } from "@/db/seed/load-demo-plan";
import { isDatabaseReady, useDatabaseHandle } from "@/lib/dal/db";
import { getPlanOverview } from "@/lib/dal/plan-overview";
import { DRIVERS, freshDatabase } from "../support/databases";

describe.each(DRIVERS)("the plan overview from the data access layer on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    useDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("returns null before a plan is loaded, and the database reports ready", async () => {
    expect(await isDatabaseReady()).toBe(true);
    expect(await getPlanOverview()).toBeNull();
  });

  it("shows the focus areas with their recommendations and each workstream's lead and action count", async () => {
    await seedDemoPlan(handle.db, demoPlan, new Date("2026-11-22T00:00:00Z"));
    const overview = (await getPlanOverview())!;
    expect(overview.titleMi).toBe(demoPlan.plan.titleMi);
    expect(overview.focusAreas.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(overview.focusAreas.flatMap((f) => f.recommendations.map((r) => r.number)).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    for (const f of overview.focusAreas) {
      const expected = demoPlan.recommendations.filter((r) => r.focusArea === f.number).map((r) => r.number);
      expect(f.recommendations.map((r) => r.number)).toEqual(expected);
    }
    expect(overview.workstreams).toHaveLength(8);
    for (const w of overview.workstreams) {
      const seeded = demoPlan.workstreams.find((s) => s.number === w.number)!;
      expect(w.leadAgency.slug).toBe(seeded.leadAgency);
      expect(w.actionCount).toBe(demoPlan.actions.filter((a) => a.code.startsWith(`${w.number}.`)).length);
    }
    const illustrative = [...demoPlan.focusAreas, ...demoPlan.recommendations, ...demoPlan.workstreams].filter(
      (i) => i.provenance === "illustrative",
    ).length;
    expect(overview.illustrativeCount).toBe(illustrative);
  });
});
