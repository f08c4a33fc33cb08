import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  formatCalendarDate,
  lastDayOfMonth,
  parseCalendarDate,
} from "@/lib/periods/calendar-date";

describe("parseCalendarDate", () => {
  it("parses a strict YYYY-MM-DD date", () => {
    expect(parseCalendarDate("2025-04-06")).toEqual({ year: 2025, month: 4, day: 6 });
  });

  it("accepts 29 February only in leap years", () => {
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(() => parseCalendarDate("2023-02-29")).toThrow(RangeError);
    expect(() => parseCalendarDate("1900-02-29")).toThrow(RangeError);
  });

  it.each(["2025-4-6", "2025-04-06T00:00:00Z", "06/04/2025", "", "2025-13-01", "2025-04-31", "2025-00-10"])(
    "rejects %j",
    (bad) => {
      expect(() => parseCalendarDate(bad)).toThrow(RangeError);
    },
  );
});

describe("date arithmetic", () => {
  it("adds days across month, leap-day and year boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 14)).toBe("2025-01-14");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-01-01", 0)).toBe("2025-01-01");
  });

  it("counts days between dates, signed, including leap days", () => {
    expect(daysBetween("2024-02-01", "2024-03-01")).toBe(29);
    expect(daysBetween("2023-02-01", "2023-03-01")).toBe(28);
    expect(daysBetween("2025-03-10", "2025-03-01")).toBe(-9);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("knows month lengths", () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(lastDayOfMonth(2025, 6)).toBe(30);
    expect(lastDayOfMonth(2025, 12)).toBe(31);
  });

  it("formats with zero padding and normalises overflow", () => {
    expect(formatCalendarDate(2025, 1, 5)).toBe("2025-01-05");
    expect(formatCalendarDate(2025, 12, 32)).toBe("2026-01-01");
  });
});
