import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/periods/calendar-date";
import { nzDateOf, nzLocalToUtc } from "@/lib/periods/nz-time";

const iso = (d: Date) => d.toISOString();

describe("nzLocalToUtc", () => {
  it("uses NZDT (UTC+13) in summer", () => {
    expect(iso(nzLocalToUtc("2025-01-15", "09:00"))).toBe("2025-01-14T20:00:00.000Z");
  });

  it("uses NZST (UTC+12) in winter", () => {
    expect(iso(nzLocalToUtc("2025-07-15", "09:00"))).toBe("2025-07-14T21:00:00.000Z");
  });

  it("defaults to midnight", () => {
    expect(iso(nzLocalToUtc("2025-01-01"))).toBe("2024-12-31T11:00:00.000Z");
    expect(iso(nzLocalToUtc("2025-07-01"))).toBe("2025-06-30T12:00:00.000Z");
  });

  it("accepts seconds", () => {
    expect(iso(nzLocalToUtc("2025-07-15", "09:00:30"))).toBe("2025-07-14T21:00:30.000Z");
  });

  describe("when DST ends (6 April 2025, 03:00 NZDT -> 02:00 NZST)", () => {
    it("is right on both sides of the change", () => {
      expect(iso(nzLocalToUtc("2025-04-06", "00:00"))).toBe("2025-04-05T11:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-06", "01:59"))).toBe("2025-04-05T12:59:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-06", "03:00"))).toBe("2025-04-05T15:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-06", "17:00"))).toBe("2025-04-06T05:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-05", "17:00"))).toBe("2025-04-05T04:00:00.000Z");
    });

    it("picks the earlier (NZDT) reading of a repeated wall time", () => {
      expect(iso(nzLocalToUtc("2025-04-06", "02:00"))).toBe("2025-04-05T13:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-06", "02:30"))).toBe("2025-04-05T13:30:00.000Z");
      expect(iso(nzLocalToUtc("2025-04-06", "02:59"))).toBe("2025-04-05T13:59:00.000Z");
    });
  });

  describe("when DST begins (28 September 2025, 02:00 NZST -> 03:00 NZDT)", () => {
    it("is right on both sides of the change", () => {
      expect(iso(nzLocalToUtc("2025-09-28", "01:59"))).toBe("2025-09-27T13:59:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-28", "03:00"))).toBe("2025-09-27T14:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-28", "03:30"))).toBe("2025-09-27T14:30:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-28", "17:00"))).toBe("2025-09-28T04:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-27", "17:00"))).toBe("2025-09-27T05:00:00.000Z");
    });

    it("moves a skipped wall time forward to the moment clocks jump", () => {
      expect(iso(nzLocalToUtc("2025-09-28", "02:00"))).toBe("2025-09-27T14:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-28", "02:30"))).toBe("2025-09-27T14:00:00.000Z");
      expect(iso(nzLocalToUtc("2025-09-28", "02:59:59"))).toBe("2025-09-27T14:00:00.000Z");
    });
  });

  it("rejects malformed dates and times", () => {
    expect(() => nzLocalToUtc("2025-02-30")).toThrow(RangeError);
    expect(() => nzLocalToUtc("2025-01-01", "24:00")).toThrow(RangeError);
    expect(() => nzLocalToUtc("2025-01-01", "9:00")).toThrow(RangeError);
    expect(() => nzLocalToUtc("2025-01-01", "09:60")).toThrow(RangeError);
  });
});

describe("nzDateOf", () => {
  it("gives the NZ date, which is ahead of UTC", () => {
    expect(nzDateOf(new Date("2025-01-14T10:59:59Z"))).toBe("2025-01-14");
    expect(nzDateOf(new Date("2025-01-14T11:00:00Z"))).toBe("2025-01-15");
    expect(nzDateOf(new Date("2025-07-14T11:59:59Z"))).toBe("2025-07-14");
    expect(nzDateOf(new Date("2025-07-14T12:00:00Z"))).toBe("2025-07-15");
  });

  it("crosses the year boundary in NZ before UTC does", () => {
    expect(nzDateOf(new Date("2024-12-31T11:00:00Z"))).toBe("2025-01-01");
  });

  it("rejects an invalid Date", () => {
    expect(() => nzDateOf(new Date("nope"))).toThrow(RangeError);
  });

  it("round-trips every NZ midnight and 23:59 of a year spanning both changes", () => {
    for (let d = "2025-01-01"; d < "2026-01-01"; d = addDays(d, 1)) {
      expect(nzDateOf(nzLocalToUtc(d, "00:00"))).toBe(d);
      expect(nzDateOf(nzLocalToUtc(d, "23:59"))).toBe(d);
    }
  });
});

describe("independence from the process time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const sample = () => [
    iso(nzLocalToUtc("2025-01-15", "09:00")),
    iso(nzLocalToUtc("2025-07-15", "09:00")),
    iso(nzLocalToUtc("2025-04-06", "02:30")),
    iso(nzLocalToUtc("2025-09-28", "02:30")),
    nzDateOf(new Date("2025-01-14T11:00:00Z")),
    nzDateOf(new Date("2025-07-14T11:59:59Z")),
  ];

  it.each(["America/New_York", "UTC", "Pacific/Auckland", "Asia/Kolkata"])(
    "gives the same answers with TZ=%s",
    (tz) => {
      process.env.TZ = "UTC";
      const reference = sample();
      process.env.TZ = tz;
      expect(sample()).toEqual(reference);
      expect(reference).toEqual([
        "2025-01-14T20:00:00.000Z",
        "2025-07-14T21:00:00.000Z",
        "2025-04-05T13:30:00.000Z",
        "2025-09-27T14:00:00.000Z",
        "2025-01-15",
        "2025-07-14",
      ]);
    },
  );

  it("really does change the process time zone in this test", () => {
    process.env.TZ = "America/New_York";
    expect(new Date("2025-01-15T12:00:00Z").getTimezoneOffset()).toBe(300);
  });
});
