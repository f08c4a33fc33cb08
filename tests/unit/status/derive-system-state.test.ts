import { describe, expect, it } from "vitest";
import { deriveSystemState, type PeriodRef, type PublishedUpdateRef } from "@/lib/status/derive-system-state";

// Deliberately out of order: the rule compares periods by startsOn, not by id or position.
const periods: PeriodRef[] = [
  { id: 30, startsOn: "2025-07-01", endsOn: "2025-09-30" },
  { id: 10, startsOn: "2025-01-01", endsOn: "2025-03-31" },
  { id: 20, startsOn: "2025-04-01", endsOn: "2025-06-30" },
];
const Q1 = 10;
const Q2 = 20; // the latest closed period in most tests
const Q3 = 30;

const update = (
  periodId: number | null,
  publishedAt: string,
  stage: PublishedUpdateRef["stage"] = "underway",
): PublishedUpdateRef => ({ periodId, publishedAt, stage });

const derive = (updates: PublishedUpdateRef[], latestClosedPeriodId: number | null = Q2) =>
  deriveSystemState({ updates, periods, latestClosedPeriodId });

describe("deriveSystemState", () => {
  it("is not_yet_reported with no published update", () => {
    expect(derive([])).toBe("not_yet_reported");
    expect(derive([], null)).toBe("not_yet_reported");
  });

  it("is current when there is no closed period yet", () => {
    expect(derive([update(Q1, "2025-02-01T00:00:00Z")], null)).toBe("current");
  });

  it("is current with an update for the latest closed period", () => {
    expect(derive([update(Q1, "2025-04-10T00:00:00Z"), update(Q2, "2025-07-10T00:00:00Z")])).toBe("current");
  });

  it("is current with an update for a later period only", () => {
    expect(derive([update(Q3, "2025-08-01T00:00:00Z")])).toBe("current");
  });

  it("is stale when the only updates are for earlier periods", () => {
    expect(derive([update(Q1, "2025-04-10T00:00:00Z", "not_started")])).toBe("stale");
  });

  it("goes by the update's period, not its publish date, when the period is known", () => {
    // A Q1 update published late (in Q3) still does not cover Q2.
    expect(derive([update(Q1, "2025-07-05T00:00:00Z")])).toBe("stale");
  });

  it("treats a finished latest update as current even when it is old", () => {
    for (const stage of ["complete", "completed_modified", "not_proceeding"] as const) {
      expect(derive([update(Q1, "2025-03-01T00:00:00Z", stage)])).toBe("current");
    }
  });

  it("uses the latest update by publishedAt, whatever the input order", () => {
    const oldFinished = update(Q1, "2025-03-01T00:00:00Z", "complete");
    const newerUnderway = update(Q1, "2025-03-20T00:00:00Z", "underway");
    // Reopened after completion: the latest is underway, and nothing covers Q2.
    expect(derive([oldFinished, newerUnderway])).toBe("stale");
    expect(derive([newerUnderway, oldFinished])).toBe("stale");

    const newerFinished = update(Q1, "2025-03-25T00:00:00Z", "complete");
    expect(derive([newerFinished, newerUnderway])).toBe("current");
    expect(derive([newerUnderway, newerFinished])).toBe("current");
  });

  it("compares publishedAt as instants, not strings", () => {
    // 2025-03-25T12:00+13:00 is 23:00Z on the 24th, earlier than the complete one at 2025-03-24T23:30Z.
    const underway = update(Q1, "2025-03-25T12:00:00+13:00", "underway");
    const complete = update(Q1, "2025-03-24T23:30:00Z", "complete");
    expect(derive([underway, complete])).toBe("current");
  });

  it("resolves an exact publishedAt tie the same way in any order", () => {
    const a = update(Q1, "2025-03-25T00:00:00Z", "underway");
    const b = update(Q1, "2025-03-25T00:00:00Z", "complete");
    expect(derive([a, b])).toBe(derive([b, a]));
  });

  describe("updates without a period", () => {
    it("count when published on or after the closed period's start (NZ date)", () => {
      expect(derive([update(null, "2025-04-01T12:00:00Z")])).toBe("current");
      // 11:30Z on 31 March is 00:30 on 1 April in NZ.
      expect(derive([update(null, "2025-03-31T11:30:00Z")])).toBe("current");
    });

    it("do not count when published before it", () => {
      // 10:59Z on 31 March is 23:59 on 31 March in NZ.
      expect(derive([update(null, "2025-03-31T10:59:00Z")])).toBe("stale");
    });
  });

  it("treats an update whose period is unknown like one without a period", () => {
    expect(derive([update(999, "2025-03-01T00:00:00Z")])).toBe("stale");
    expect(derive([update(999, "2025-05-01T00:00:00Z")])).toBe("current");
  });

  it("does not call an action stale against a closed period it cannot see", () => {
    expect(derive([update(Q1, "2025-02-01T00:00:00Z")], 999)).toBe("current");
  });

  it("rejects an unparseable publishedAt", () => {
    expect(() => derive([update(Q1, "not a date"), update(Q1, "2025-02-01T00:00:00Z")])).toThrow(RangeError);
  });
});
