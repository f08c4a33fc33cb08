import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { isDatabaseReady, setDatabaseHandle } from "@/lib/dal/db";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { countPublicUpdates } from "@/lib/dal/public-updates";
import { searchActionCodes } from "@/lib/dal/search";
import { DRIVERS, freshDatabase, SEEDED_AT, seededDatabase } from "../support/databases";

const NOW = SEEDED_AT;

describe.each(DRIVERS)("the public plan from the data access layer on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("is null before a plan is loaded, and the database reports ready", async () => {
    const empty = await freshDatabase(driver);
    try {
      setDatabaseHandle(empty);
      expect(await isDatabaseReady()).toBe(true);
      expect(await loadPublicPlan(NOW)).toBeNull();
    } finally {
      setDatabaseHandle(handle);
      await empty.close();
    }
  });

  it("carries the whole plan: focus areas, recommendations, workstreams with leads, every action once", async () => {
    const plan = (await loadPublicPlan(NOW))!;
    expect(plan.plan.titleMi).toBe("Te Mahere Mahi o Te Rautaki Pūnaha Aramahi ā-Motu");
    expect(plan.plan.version).toBe("1.1");
    expect(plan.focusAreas.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(plan.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const r of plan.recommendations) {
      expect(r.focusArea).toBe(demoPlan.recommendations.find((s) => s.number === r.number)!.focusArea);
    }
    expect(plan.workstreams).toHaveLength(8);
    for (const w of plan.workstreams) {
      const seeded = demoPlan.workstreams.find((s) => s.number === w.number)!;
      expect(w.leadAgency).toBe(seeded.leadAgency);
      expect(w.recommendations).toEqual([...seeded.recommendations].sort((a, b) => a - b));
    }
    expect(plan.actions.map((a) => a.code).sort()).toEqual(demoPlan.actions.map((a) => a.code).sort());
    expect(plan.latestClosedPeriod).toBe("2026 Q3");
    expect(plan.previousClosedPeriod).toBe("2026 Q2");
  });

  it("derives each action's status from its latest published update, and never-reported ones as such", async () => {
    const plan = (await loadPublicPlan(NOW))!;
    for (const seeded of demoPlan.actions) {
      const action = plan.actions.find((a) => a.code === seeded.code)!;
      const published = seeded.story.filter((e) => (e.state ?? "published") === "published");
      const latest = published.at(-1);
      expect(action.status.stage, seeded.code).toBe(latest?.stage ?? null);
      expect(action.status.confidence, seeded.code).toBe(latest?.confidence ?? null);
      expect(await countPublicUpdates({ actionCode: seeded.code })).toBe(published.length);
      if (!latest) expect(action.status.systemState).toBe("not_yet_reported");
      expect(action.progress?.total ?? 0).toBe(seeded.milestones.length);
    }
    const action14 = plan.actions.find((a) => a.code === "1.4")!;
    expect(action14.status.stage).toBe("complete");
    expect(action14.criteria.every((c) => c.met && (c.evidenceUrl || c.evidenceReference))).toBe(true);
  });

  it("never includes drafts, submitted or scheduled updates, nor internal notes", async () => {
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, "2.3"));
    const base = { actionId: action!.id, agencyId: action!.leadAgencyId, stage: "underway", confidence: "at_risk" };
    const [period] = await handle.db.select().from(t.reportingPeriods).limit(1);
    await handle.db.insert(t.progressUpdates).values([
      { ...base, state: "draft", publicNarrative: "LEAK-DRAFT", internalNotes: "LEAK-NOTE-1" },
      // One open update per action and period: the submitted one belongs to a period.
      {
        ...base,
        periodId: period!.id,
        state: "submitted",
        publicNarrative: "LEAK-SUBMITTED",
        internalNotes: "LEAK-NOTE-2",
      },
      {
        ...base,
        state: "published",
        publishedAt: new Date(Date.now() + 86_400_000),
        publicNarrative: "LEAK-SCHEDULED",
        internalNotes: "LEAK-NOTE-3",
      },
      {
        ...base,
        state: "published",
        publishedAt: new Date(Date.now() - 1000),
        publicNarrative: "VISIBLE-NOW",
        internalNotes: "LEAK-NOTE-4",
      },
    ]);
    const json = JSON.stringify(await loadPublicPlan(new Date()));
    expect(json).toContain("VISIBLE-NOW");
    expect(json).not.toMatch(/LEAK-/);
    expect(json).not.toContain("internalNotes");
    // Every unpublished demo entry's narrative stays out too.
    for (const entry of demoPlan.actions
      .flatMap((a) => a.story)
      .filter((e) => (e.state ?? "published") !== "published")) {
      expect(json).not.toContain(entry.narrative);
      if (entry.internalNotes) expect(json).not.toContain(entry.internalNotes);
    }
  });

  it("searches all public text with full-text search, ignoring macrons both ways", async () => {
    const withWhanau = demoPlan.actions.filter((a) =>
      [a.title, a.description, ...a.milestones.map((m) => m.title)].some((s) => s.includes("whānau")),
    );
    expect(withWhanau.length).toBeGreaterThan(0);
    const found = await searchActionCodes("whanau");
    for (const a of withWhanau) expect(found).toContain(a.code);
    expect(await searchActionCodes("whānau")).toEqual(found);
    // The same word typed with a combining macron (as some keyboards send it) finds the same actions.
    expect(await searchActionCodes("wha\u0304nau")).toEqual(found);
    expect(await searchActionCodes("Tahatu")).toContain("2.1");
    expect(await searchActionCodes("")).toEqual([]);
    expect(await searchActionCodes("zzzznotaword")).toEqual([]);
    // Only published narratives are searched.
    expect(await searchActionCodes("LEAK-DRAFT")).toEqual([]);
  });
});
