import { describe, expect, it } from "vitest";
import {
  barExtent,
  dateScale,
  nextQuarterStart,
  quarterStart,
  quarterTicks,
  rangeDays,
  timelineRange,
} from "@/lib/timeline/time-scale";

describe("quarterStart and nextQuarterStart", () => {
  it("snap a date to the first day of its quarter and of the next", () => {
    expect(quarterStart("2024-02-29")).toBe("2024-01-01");
    expect(quarterStart("2023-10-01")).toBe("2023-10-01");
    expect(nextQuarterStart("2023-12-31")).toBe("2024-01-01");
    expect(nextQuarterStart("2025-09-30")).toBe("2025-10-01");
  });
});

describe("timelineRange", () => {
  const plan = { planStart: "2023-10-01", planEnd: "2025-09-30" };

  it("covers the plan's two years in whole quarters when nothing falls outside", () => {
    expect(timelineRange({ ...plan, dates: ["2024-03-31"], today: "2025-01-15" })).toEqual({
      start: "2023-10-01",
      end: "2025-10-01",
    });
  });

  it("widens to a forecast that slips past the plan's end", () => {
    expect(timelineRange({ ...plan, dates: ["2026-02-14"], today: "2025-01-15" }).end).toBe("2026-04-01");
  });

  it("widens to today when today is after every date", () => {
    expect(timelineRange({ ...plan, dates: [], today: "2026-11-22" }).end).toBe("2027-01-01");
  });

  it("widens backwards to an action that starts before the plan", () => {
    expect(timelineRange({ ...plan, dates: ["2023-08-15"], today: "2024-01-01" }).start).toBe("2023-07-01");
  });

  it("refuses a date that is not a calendar date", () => {
    expect(() => timelineRange({ ...plan, dates: ["2024-13-01"], today: "2024-01-01" })).toThrow(RangeError);
  });
});

describe("quarterTicks", () => {
  it("lists every quarter in the range, across year ends", () => {
    const ticks = quarterTicks({ start: "2023-10-01", end: "2024-07-01" });
    expect(ticks.map((t) => t.label)).toEqual(["2023 Q4", "2024 Q1", "2024 Q2"]);
    expect(ticks[1]).toMatchObject({ year: 2024, quarter: 1, startsOn: "2024-01-01", endsBefore: "2024-04-01" });
  });

  it("gives eight quarters for the two-year plan", () => {
    expect(quarterTicks({ start: "2023-10-01", end: "2025-10-01" })).toHaveLength(8);
  });
});

describe("dateScale", () => {
  const range = { start: "2024-01-01", end: "2025-01-01" }; // 366 days: 2024 is a leap year

  it("puts the range start at x0 and the exclusive end at x1", () => {
    const x = dateScale(range, 100, 832);
    expect(rangeDays(range)).toBe(366);
    expect(x("2024-01-01")).toBe(100);
    expect(x("2025-01-01")).toBe(832);
  });

  it("is linear in days", () => {
    const x = dateScale(range, 0, 366);
    expect(x("2024-03-01")).toBe(60); // 31 + 29 days
  });

  it("refuses an empty range", () => {
    expect(() => dateScale({ start: "2024-01-01", end: "2024-01-01" }, 0, 10)).toThrow(RangeError);
  });
});

describe("barExtent", () => {
  const x = dateScale({ start: "2024-01-01", end: "2025-01-01" }, 0, 366);

  it("runs from the start of the first day to the end of the due day", () => {
    expect(barExtent(x, "2024-01-01", "2024-01-31")).toEqual({ x: 0, width: 31 });
  });

  it("is never narrower than the minimum width", () => {
    expect(barExtent(x, "2024-02-01", "2024-01-15", 2)).toEqual({ x: 31, width: 2 });
  });
});
