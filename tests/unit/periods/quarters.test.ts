import { describe, expect, it } from "vitest";
import { periodPhase, quarterOf, quarterPeriod, quarterlyPeriodsBetween } from "@/lib/periods/quarters";

const iso = (d: Date) => d.toISOString();

/** An instant as a New Zealand wall clock shows it, e.g. "2026-07-14 17:00", worked out by Intl. */
const nzClock = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Pacific/Auckland",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

describe("the reporting rhythm", () => {
  it("makes updates due 14 days after the quarter ends at 17:00, with 7 days' grace, and closes 28 days after", () => {
    // 2026 Q2 ends on 30 June; all its deadlines fall in NZST (UTC+12).
    const p = quarterPeriod(2026, 2);
    expect(p.endsOn).toBe("2026-06-30");
    expect(nzClock(p.opensAt)).toBe("2026-04-01 00:00");
    expect(nzClock(p.dueAt)).toBe("2026-07-14 17:00");
    expect(nzClock(p.graceUntil)).toBe("2026-07-21 17:00");
    expect(nzClock(p.closesAt)).toBe("2026-07-28 17:00");
    expect(iso(p.dueAt)).toBe("2026-07-14T05:00:00.000Z");
    expect(iso(p.graceUntil)).toBe("2026-07-21T05:00:00.000Z");
    expect(iso(p.closesAt)).toBe("2026-07-28T05:00:00.000Z");
  });

  it("counts the days across a month end and a leap day", () => {
    // 2024 Q1 ends on 31 March of a leap year: due 14 April, grace to 21 April, closes 28 April.
    const q1 = quarterPeriod(2024, 1);
    expect(nzClock(q1.dueAt)).toBe("2024-04-14 17:00");
    expect(nzClock(q1.graceUntil)).toBe("2024-04-21 17:00");
    expect(nzClock(q1.closesAt)).toBe("2024-04-28 17:00");
    // 2023 Q4 ends on 31 December, so its deadlines are in January 2024 (NZDT, UTC+13).
    const q4 = quarterPeriod(2023, 4);
    expect(nzClock(q4.dueAt)).toBe("2024-01-14 17:00");
    expect(nzClock(q4.graceUntil)).toBe("2024-01-21 17:00");
    expect(nzClock(q4.closesAt)).toBe("2024-01-28 17:00");
    expect(iso(q4.dueAt)).toBe("2024-01-14T04:00:00.000Z");
  });
});

describe("quarterOf", () => {
  it.each([
    ["2025-01-01", 2025, 1],
    ["2025-03-31", 2025, 1],
    ["2025-04-01", 2025, 2],
    ["2025-06-30", 2025, 2],
    ["2025-07-01", 2025, 3],
    ["2025-09-30", 2025, 3],
    ["2025-10-01", 2025, 4],
    ["2025-12-31", 2025, 4],
    ["2024-02-29", 2024, 1],
  ])("%s is %i Q%i", (date, year, quarter) => {
    expect(quarterOf(date)).toEqual({ year, quarter });
  });

  it("rejects a date that does not exist", () => {
    expect(() => quarterOf("2025-02-29")).toThrow(RangeError);
  });
});

describe("quarterPeriod", () => {
  it("builds Q1 2025, due just after DST ended on 6 April (NZST, UTC+12)", () => {
    const p = quarterPeriod(2025, 1);
    expect(p.label).toBe("2025 Q1");
    expect(p.year).toBe(2025);
    expect(p.quarter).toBe(1);
    expect(p.startsOn).toBe("2025-01-01");
    expect(p.endsOn).toBe("2025-03-31");
    expect(iso(p.opensAt)).toBe("2024-12-31T11:00:00.000Z"); // 00:00 NZDT
    expect(iso(p.dueAt)).toBe("2025-04-14T05:00:00.000Z"); // 17:00 NZST, not NZDT's 04:00Z
    expect(iso(p.graceUntil)).toBe("2025-04-21T05:00:00.000Z");
    expect(iso(p.closesAt)).toBe("2025-04-28T05:00:00.000Z");
  });

  it("builds Q3 2025, due just after DST began on 28 September (NZDT, UTC+13)", () => {
    const p = quarterPeriod(2025, 3);
    expect(p.startsOn).toBe("2025-07-01");
    expect(p.endsOn).toBe("2025-09-30");
    expect(iso(p.opensAt)).toBe("2025-06-30T12:00:00.000Z"); // 00:00 NZST
    expect(iso(p.dueAt)).toBe("2025-10-14T04:00:00.000Z"); // 17:00 NZDT
    expect(iso(p.graceUntil)).toBe("2025-10-21T04:00:00.000Z");
    expect(iso(p.closesAt)).toBe("2025-10-28T04:00:00.000Z");
  });

  it("opens Q2 in NZDT when the quarter starts on the day DST ends (1 April 2029)", () => {
    const p = quarterPeriod(2029, 2);
    expect(iso(p.opensAt)).toBe("2029-03-31T11:00:00.000Z");
    expect(iso(p.dueAt)).toBe("2029-07-14T05:00:00.000Z");
  });

  it("rolls Q4 deadlines into the next year", () => {
    const p = quarterPeriod(2025, 4);
    expect(p.startsOn).toBe("2025-10-01");
    expect(p.endsOn).toBe("2025-12-31");
    expect(iso(p.opensAt)).toBe("2025-09-30T11:00:00.000Z");
    expect(iso(p.dueAt)).toBe("2026-01-14T04:00:00.000Z");
    expect(iso(p.graceUntil)).toBe("2026-01-21T04:00:00.000Z");
    expect(iso(p.closesAt)).toBe("2026-01-28T04:00:00.000Z");
  });

  it("gives every quarter the right end date, leap year or not", () => {
    expect([1, 2, 3, 4].map((q) => quarterPeriod(2024, q as 1 | 2 | 3 | 4).endsOn)).toEqual([
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
    ]);
    expect(quarterPeriod(2023, 2).endsOn).toBe("2023-06-30");
  });

  it("keeps the deadlines in order", () => {
    for (const q of [1, 2, 3, 4] as const) {
      const p = quarterPeriod(2026, q);
      expect(p.opensAt < p.dueAt && p.dueAt < p.graceUntil && p.graceUntil < p.closesAt).toBe(true);
    }
  });

  it("rejects an invalid quarter or year", () => {
    expect(() => quarterPeriod(2025, 5 as 1)).toThrow(RangeError);
    expect(() => quarterPeriod(2025, 0 as 1)).toThrow(RangeError);
    expect(() => quarterPeriod(2025.5, 1)).toThrow(RangeError);
  });
});

describe("quarterlyPeriodsBetween", () => {
  it("lists every quarter up to and including the one containing the date, across years", () => {
    const periods = quarterlyPeriodsBetween({ year: 2024, quarter: 3 }, "2025-01-01");
    expect(periods.map((p) => p.label)).toEqual(["2024 Q3", "2024 Q4", "2025 Q1"]);
  });

  it("includes a leap-day date's quarter", () => {
    const periods = quarterlyPeriodsBetween({ year: 2023, quarter: 4 }, "2024-02-29");
    expect(periods.map((p) => p.label)).toEqual(["2023 Q4", "2024 Q1"]);
  });

  it("returns one period when the date is in the first quarter", () => {
    const periods = quarterlyPeriodsBetween({ year: 2025, quarter: 2 }, "2025-06-30");
    expect(periods.map((p) => p.label)).toEqual(["2025 Q2"]);
    expect(periods[0]).toEqual(quarterPeriod(2025, 2));
  });

  it("throws a RangeError when the first quarter is after the date's", () => {
    expect(() => quarterlyPeriodsBetween({ year: 2025, quarter: 3 }, "2025-06-30")).toThrow(RangeError);
    expect(() => quarterlyPeriodsBetween({ year: 2026, quarter: 1 }, "2025-12-31")).toThrow(RangeError);
  });
});

describe("periodPhase", () => {
  const p = quarterPeriod(2025, 1);
  const at = (s: string) => new Date(s);
  const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

  it("walks through every phase at its boundary instants", () => {
    expect(periodPhase(p, ms(p.opensAt, -1))).toBe("upcoming");
    expect(periodPhase(p, p.opensAt)).toBe("open");
    expect(periodPhase(p, ms(p.dueAt, -1))).toBe("open");
    expect(periodPhase(p, p.dueAt)).toBe("grace");
    expect(periodPhase(p, ms(p.graceUntil, -1))).toBe("grace");
    expect(periodPhase(p, p.graceUntil)).toBe("late");
    expect(periodPhase(p, ms(p.closesAt, -1))).toBe("late");
    expect(periodPhase(p, p.closesAt)).toBe("closed");
    expect(periodPhase(p, at("2030-01-01T00:00:00Z"))).toBe("closed");
  });

  it("is still open at 16:59 NZ time on the due date (04:59Z after DST ended)", () => {
    expect(periodPhase(p, at("2025-04-14T04:59:00Z"))).toBe("open");
    expect(periodPhase(p, at("2025-04-14T05:00:00Z"))).toBe("grace");
  });

  it("is closed as soon as it has been closed by hand", () => {
    expect(periodPhase({ ...p, closedAt: at("2025-04-15T00:00:00Z") }, at("2025-02-01T00:00:00Z"))).toBe("closed");
    expect(periodPhase({ ...p, closedAt: null }, at("2025-02-01T00:00:00Z"))).toBe("open");
  });

  it("rejects an invalid now", () => {
    expect(() => periodPhase(p, new Date("nope"))).toThrow(RangeError);
  });
});
