import { describe, expect, it } from "vitest";
import { prng } from "@/db/fill/prng";
import { periodIndexOf, syntheticUpdates, type FillAction, type FillPeriod } from "@/db/fill/synthetic-updates";

const NOW = new Date("2026-11-22T01:00:00Z");
const DAY = 86_400_000;
const ACTION: FillAction = {
  id: 7,
  code: "3.2",
  leadAgencyId: 2,
  baselineStart: "2024-01-01",
  baselineDue: "2026-06-30",
  milestones: 3,
  criteria: 2,
};
// Four quarters, the last still open on NOW.
const PERIODS: FillPeriod[] = [
  ["2025-12-31T11:00:00Z", false],
  ["2026-03-31T11:00:00Z", false],
  ["2026-06-30T12:00:00Z", false],
  ["2026-09-30T11:00:00Z", true],
].map(([opens, open], i) => {
  const opensAt = new Date(opens as string);
  return {
    id: i + 1,
    opensAt,
    graceUntil: new Date(opensAt.getTime() + 113 * DAY),
    closesAt: new Date(opensAt.getTime() + 120 * DAY),
    closed: !open,
  };
});

describe("synthetic update history", () => {
  it("spreads updates evenly over the periods, oldest first", () => {
    expect(Array.from({ length: 8 }, (_, j) => periodIndexOf(j, 8, 4))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(Array.from({ length: 4 }, (_, j) => periodIndexOf(j, 4, 3))).toEqual([0, 0, 1, 2]);
    // Fewer updates than periods: still one in the first and one in the last (open) period.
    expect(Array.from({ length: 3 }, (_, j) => periodIndexOf(j, 3, 24))).toEqual([0, 11, 23]);
    expect(periodIndexOf(0, 1, 24)).toBe(23);
    for (const [updates, periods] of <[number, number][]>[
      [20, 24],
      [200, 24],
      [7, 3],
    ]) {
      expect(periodIndexOf(updates - 1, updates, periods)).toBe(periods - 1);
    }
  });

  it("is the same history for the same seed and a different one for another", () => {
    const a = syntheticUpdates(ACTION, PERIODS, 20, NOW, prng(1));
    expect(syntheticUpdates(ACTION, PERIODS, 20, NOW, prng(1))).toEqual(a);
    expect(syntheticUpdates(ACTION, PERIODS, 20, NOW, prng(2))).not.toEqual(a);
  });

  it("keeps closed periods published and unfinished work to the open period's last update", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const updates = syntheticUpdates(ACTION, PERIODS, 12, NOW, prng(seed));
      expect(updates).toHaveLength(12);
      for (const period of PERIODS) {
        const mine = updates.filter((u) => u.row.periodId === period.id).map((u) => u.row);
        expect(mine.length).toBe(3);
        if (period.closed) {
          expect(mine.every((u) => u.state === "published" || u.state === "withdrawn")).toBe(true);
          expect(mine[mine.length - 1]!.state).toBe("published");
          expect(mine.every((u) => !u.publishedAt || u.publishedAt < period.closesAt)).toBe(true);
        } else {
          expect(mine.slice(0, -1).every((u) => u.state === "published")).toBe(true);
        }
        for (const u of mine) {
          expect(u.publishedAt !== null).toBe(u.state === "published");
          if (u.publishedAt) expect(u.publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
          if (u.stage === "not_proceeding") expect(u.notProceedingReason).toBeTruthy();
          if (u.confidence === "at_risk") expect(u.explanation).toBeTruthy();
        }
      }
    }
  });

  it("completes each milestone once, only in published updates", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const updates = syntheticUpdates(ACTION, PERIODS, 12, NOW, prng(seed));
      const completed = updates.flatMap((u) => u.completesMilestones);
      expect(new Set(completed).size).toBe(completed.length);
      expect(updates.every((u) => u.completesMilestones.length === 0 || u.row.state === "published")).toBe(true);
      expect(updates.filter((u) => u.meetsCriteria).length).toBeLessThanOrEqual(1);
    }
  });
});
