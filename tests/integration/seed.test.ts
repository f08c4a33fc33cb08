import { and, count, eq, gt, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { seedDemoPlan } from "@/db/seed/load-demo-plan";
import { periodPhase } from "@/lib/periods/quarters";
import { deriveSystemState } from "@/lib/status/derive-system-state";
import { CONFIDENCES, STAGES, type Stage } from "@/lib/status/vocabulary";
import { DRIVERS, freshDatabase } from "../support/databases";

const SEEDED_AT = new Date("2026-11-22T01:00:00Z");

const TABLES = {
  agencies: t.agencies,
  plans: t.plans,
  planVersions: t.planVersions,
  focusAreas: t.focusAreas,
  recommendations: t.recommendations,
  workstreams: t.workstreams,
  workstreamRecommendations: t.workstreamRecommendations,
  actions: t.actions,
  actionContributors: t.actionContributors,
  actionDependencies: t.actionDependencies,
  completionCriteria: t.completionCriteria,
  milestones: t.milestones,
  reportingPeriods: t.reportingPeriods,
  progressUpdates: t.progressUpdates,
  updateEvidence: t.updateEvidence,
  indicators: t.indicators,
  indicatorReadings: t.indicatorReadings,
  changeRequests: t.changeRequests,
  auditEvents: t.auditEvents,
};

async function rowCounts(handle: DbHandle): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => {
      const [row] = await handle.db.select({ n: count() }).from(table);
      return [name, Number(row!.n)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe.each(DRIVERS)("migrate and seed on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    const result = await seedDemoPlan(handle.db, demoPlan, SEEDED_AT);
    expect(result.seeded).toBe(true);
  });
  afterAll(async () => handle?.close());

  it("holds 3 focus areas, 11 recommendations, 8 workstreams and at least 32 actions", async () => {
    const counts = await rowCounts(handle);
    expect(counts.focusAreas).toBe(3);
    expect(counts.recommendations).toBe(11);
    expect(counts.workstreams).toBe(8);
    expect(counts.actions).toBeGreaterThanOrEqual(32);
  });

  it("gives every workstream actions and every action a lead agency, 2–4 milestones and 1–3 criteria", async () => {
    const perAction = await handle.db
      .select({
        code: t.actions.code,
        lead: t.agencies.slug,
        milestones: sql<number>`(select count(*) from ${t.milestones} m where m.action_id = ${t.actions.id})`,
        criteria: sql<number>`(select count(*) from ${t.completionCriteria} c where c.action_id = ${t.actions.id})`,
      })
      .from(t.actions)
      .innerJoin(t.agencies, eq(t.agencies.id, t.actions.leadAgencyId));
    expect(perAction.length).toBeGreaterThanOrEqual(32);
    for (const a of perAction) {
      expect(a.lead, a.code).toMatch(/^[a-z]+$/);
      expect(Number(a.milestones), a.code).toBeGreaterThanOrEqual(2);
      expect(Number(a.milestones), a.code).toBeLessThanOrEqual(4);
      expect(Number(a.criteria), a.code).toBeGreaterThanOrEqual(1);
      expect(Number(a.criteria), a.code).toBeLessThanOrEqual(3);
    }
    const workstreamsWithActions = await handle.db.selectDistinct({ id: t.actions.workstreamId }).from(t.actions);
    expect(workstreamsWithActions).toHaveLength(8);
  });

  it("is idempotent: seeding again changes no row", async () => {
    const before = await rowCounts(handle);
    const again = await seedDemoPlan(handle.db, demoPlan, SEEDED_AT);
    expect(again).toEqual({ seeded: false, periodsAdded: 0, periodsClosed: 0 });
    expect(await rowCounts(handle)).toEqual(before);
  });

  it("has quarterly periods from 2023 Q4 to the quarter containing the seed date, with one open", async () => {
    const periods = await handle.db.select().from(t.reportingPeriods).orderBy(t.reportingPeriods.startsOn);
    expect(periods[0]!.label).toBe("2023 Q4");
    expect(periods.at(-1)!.label).toBe("2026 Q4");
    expect(periods.map((p) => periodPhase(p, SEEDED_AT))).toContain("open");
    const closed = periods.filter((p) => p.closedAt !== null);
    expect(closed.at(-1)!.label).toBe("2026 Q3");
  });

  it("keeps te reo Māori macrons intact", async () => {
    const [plan] = await handle.db.select().from(t.plans);
    expect(plan!.titleMi).toBe("Te Mahere Mahi o Te Rautaki Pūnaha Aramahi ā-Motu");
    expect(plan!.strategyTitleMi).toBe("Te Rautaki Pūnaha Aramahi ā-Motu");
  });

  it("flags the confirmed foundational actions, with sources, as predecessors of later actions", async () => {
    const foundational = await handle.db.select().from(t.actions).where(eq(t.actions.foundational, true));
    const titles = foundational.map((a) => a.title.toLowerCase()).join(" | ");
    expect(titles).toContain("leadership");
    expect(titles).toContain("monitoring framework");
    expect(titles).toContain("quality ceiag");
    expect(titles).toContain("tahatū");
    const action14 = foundational.find((a) => a.code === "1.4");
    expect(action14).toMatchObject({ title: "Determine criteria for quality CEIAG", provenance: "confirmed" });
    expect(action14!.sourceUrl).toMatch(/^https:\/\//);
    const successors = await handle.db
      .select({ predecessor: t.actionDependencies.predecessorId })
      .from(t.actionDependencies)
      .innerJoin(t.actions, eq(t.actions.id, t.actionDependencies.predecessorId))
      .where(eq(t.actions.foundational, true));
    expect(new Set(successors.map((s) => s.predecessor)).size).toBeGreaterThanOrEqual(3);
  });

  it("has a history where every stage and confidence occurs, some actions never reported and some stale", async () => {
    const published = await handle.db.select().from(t.progressUpdates).where(eq(t.progressUpdates.state, "published"));
    expect(new Set(published.map((u) => u.stage))).toEqual(new Set(STAGES));
    expect(new Set(published.map((u) => u.confidence).filter(Boolean))).toEqual(new Set(CONFIDENCES));

    const periods = await handle.db.select().from(t.reportingPeriods);
    const latestClosed = periods.filter((p) => p.closedAt).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]!;
    const actions = await handle.db.select({ id: t.actions.id }).from(t.actions);
    const states = actions.map((a) =>
      deriveSystemState({
        updates: published
          .filter((u) => u.actionId === a.id)
          .map((u) => ({ periodId: u.periodId, publishedAt: u.publishedAt!.toISOString(), stage: u.stage as Stage })),
        periods,
        latestClosedPeriodId: latestClosed.id,
      }),
    );
    expect(states.filter((s) => s === "not_yet_reported").length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s === "stale").length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s === "current").length).toBeGreaterThan(states.length / 2);
  });

  it("never dates a published update after the seed ran, and keeps drafts unpublished", async () => {
    const late = await handle.db
      .select({ n: count() })
      .from(t.progressUpdates)
      .where(and(isNotNull(t.progressUpdates.publishedAt), gt(t.progressUpdates.publishedAt, SEEDED_AT)));
    expect(Number(late[0]!.n)).toBe(0);
    const unpublished = await handle.db
      .select()
      .from(t.progressUpdates)
      .where(sql`${t.progressUpdates.state} <> 'published'`);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const u of unpublished) expect(u.publishedAt).toBeNull();
  });

  it("has at least 6 indicators with readings, some broken down by population group", async () => {
    const indicators = await handle.db.select().from(t.indicators);
    expect(indicators.length).toBeGreaterThanOrEqual(6);
    const grouped = await handle.db
      .selectDistinct({ id: t.indicatorReadings.indicatorId })
      .from(t.indicatorReadings)
      .where(eq(t.indicatorReadings.breakdownKind, "population_group"));
    expect(grouped.length).toBeGreaterThanOrEqual(3);
    for (const i of indicators) {
      const [n] = await handle.db
        .select({ n: count() })
        .from(t.indicatorReadings)
        .where(eq(t.indicatorReadings.indicatorId, i.id));
      expect(Number(n!.n), i.code).toBeGreaterThan(0);
    }
  });

  it("adds the periods that have come due when seeded again years later, so a period is always open", async () => {
    const later = new Date("2028-02-10T00:00:00Z");
    const result = await seedDemoPlan(handle.db, demoPlan, later);
    expect(result.seeded).toBe(false);
    expect(result.periodsAdded).toBe(5); // 2027 Q1–Q4 and 2028 Q1
    const periods = await handle.db.select().from(t.reportingPeriods);
    expect(periods.some((p) => periodPhase(p, later) === "open")).toBe(true);
  });
});
