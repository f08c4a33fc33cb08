import { describe, expect, it } from "vitest";
import {
  describeTrend,
  targetVerdict,
  formatIndicatorValue,
  latestBreakdown,
  type ReadingLike,
  totalSeries,
  valueDomain,
} from "@/lib/timeline/indicator-series";

const reading = (period: string, value: number | null, extra: Partial<ReadingLike["breakdowns"]> = {}) => ({
  period,
  value,
  breakdowns: { populationGroup: {}, region: {}, ...extra },
});

describe("totalSeries", () => {
  it("keeps periods with a total, in order, and skips breakdown-only periods", () => {
    expect(totalSeries([reading("2024 Q1", 0), reading("2024 Q2", null), reading("2024 Q3", 22)])).toEqual([
      { period: "2024 Q1", value: 0 },
      { period: "2024 Q3", value: 22 },
    ]);
  });
});

describe("latestBreakdown", () => {
  const readings = [
    reading("2025 Q4", 51, { populationGroup: { maori: 45, pacific_peoples: 44 } }),
    reading("2026 Q1", 52, { populationGroup: { pacific_peoples: 46, disabled_people: 37, maori: 47 } }),
    reading("2026 Q2", 54, { region: { Waikato: 20, "Tāmaki Makaurau / Auckland": 85 } }),
  ];

  it("takes the most recent period that has that kind of breakdown, in the given order", () => {
    expect(latestBreakdown(readings, "populationGroup", ["maori", "pacific_peoples", "disabled_people"])).toEqual({
      period: "2026 Q1",
      entries: [
        { key: "maori", value: 47 },
        { key: "pacific_peoples", value: 46 },
        { key: "disabled_people", value: 37 },
      ],
    });
  });

  it("keeps keys it was not told about in the order reported", () => {
    expect(latestBreakdown(readings, "region")?.entries.map((e) => e.key)).toEqual([
      "Waikato",
      "Tāmaki Makaurau / Auckland",
    ]);
  });

  it("is null when no period has that breakdown", () => {
    expect(latestBreakdown([reading("2024 Q1", 1)], "region")).toBeNull();
  });
});

describe("describeTrend", () => {
  it("reads a rising indicator that should rise, short of its target", () => {
    expect(describeTrend([reading("2024 Q1", 0), reading("2026 Q3", 305)], "increase", 320)).toEqual({
      first: { period: "2024 Q1", value: 0 },
      latest: { period: "2026 Q3", value: 305 },
      change: 305,
      movement: "rising",
      rightWay: true,
      targetMet: false,
    });
  });

  it("reads a falling indicator that should fall, and meets a target at or below it", () => {
    const trend = describeTrend([reading("2024 Q1", 12.5), reading("2026 Q3", 10)], "decrease", 10);
    expect(trend).toMatchObject({ change: -2.5, movement: "falling", rightWay: true, targetMet: true });
  });

  it("says a rise is the wrong way for an indicator that should fall", () => {
    const trend = describeTrend([reading("2024 Q1", 12.5), reading("2025 Q1", 13.3)], "decrease", 10);
    expect(trend).toMatchObject({ movement: "rising", rightWay: false, targetMet: false });
    expect(trend.change).toBeCloseTo(0.8);
  });

  it("makes no claim about movement from a single reading, or with no readings", () => {
    expect(describeTrend([reading("2024 Q1", 5)], "increase", 10)).toMatchObject({
      change: null,
      movement: null,
      rightWay: null,
      targetMet: false,
    });
    expect(describeTrend([], "increase", 10)).toMatchObject({ first: null, latest: null, targetMet: null });
  });

  it("does not judge the direction of an indicator meant to hold steady", () => {
    expect(describeTrend([reading("a", 5), reading("b", 6)], "maintain", 5).rightWay).toBeNull();
  });
});

describe("valueDomain", () => {
  it("starts at zero for positive values and leaves tidy headroom above the target", () => {
    expect(valueDomain([0, 120, 305], 0, 320)).toEqual([0, 350]);
    expect(valueDomain([41, 55], 41, 60)).toEqual([0, 70]);
  });

  it("goes below zero when a value does", () => {
    const [lower, upper] = valueDomain([-4, 3], 0, 5);
    expect(lower).toBeLessThan(-4);
    expect(upper).toBeGreaterThan(5);
  });

  it("never gives an empty range", () => {
    expect(valueDomain([0], 0, 0)).toEqual([0, 1]);
  });
});

describe("formatIndicatorValue", () => {
  it("writes percentages with a sign and counts with their unit", () => {
    expect(formatIndicatorValue(12.5, "%")).toBe("12.5%");
    expect(formatIndicatorValue(1250, "people")).toBe("1,250 people");
  });
});

describe("targetVerdict", () => {
  const at = (startsOn: string, value: number | null) => ({
    period: startsOn.slice(0, 7),
    periodStartsOn: startsOn,
    value,
    breakdowns: { populationGroup: {}, region: {} },
  });
  const target = { value: 60, date: "2026-06-30" };

  it("before the target date, says whether the latest reading meets it yet", () => {
    expect(targetVerdict([at("2025-01-01", 50)], "increase", target, "2026-06-30")).toBe("notYet");
    expect(targetVerdict([at("2025-01-01", 50), at("2026-01-01", 61)], "increase", target, "2026-03-01")).toBe("meets");
  });

  it("after it: met by the date, met only later, or missed", () => {
    const met = [at("2025-01-01", 50), at("2026-04-01", 62), at("2026-10-01", 58)];
    expect(targetVerdict(met, "increase", target, "2027-01-01")).toBe("met");
    const late = [at("2025-01-01", 50), at("2026-04-01", 55), at("2026-10-01", 63)];
    expect(targetVerdict(late, "increase", target, "2027-01-01")).toBe("metLate");
    const missed = [at("2025-01-01", 50), at("2026-04-01", 55), at("2026-10-01", 59)];
    expect(targetVerdict(missed, "increase", target, "2027-01-01")).toBe("missed");
    // Lower is better: 40 meets a target of 60 to decrease to.
    expect(targetVerdict([at("2026-01-01", 40)], "decrease", target, "2027-01-01")).toBe("met");
  });

  it("skips periods without a total, and has nothing to say without readings", () => {
    expect(targetVerdict([at("2026-01-01", 61), at("2026-04-01", null)], "increase", target, "2027-01-01")).toBe("met");
    expect(targetVerdict([], "increase", target, "2027-01-01")).toBeNull();
  });
});
