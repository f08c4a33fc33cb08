import { describe, expect, it } from "vitest";
import { digestDayOf, digestDue, digestKey } from "@/lib/digest/schedule";

describe("the daily digest's time", () => {
  it("is 07:00 New Zealand time in summer (NZDT) and in winter (NZST)", () => {
    expect(digestDayOf(new Date("2026-12-07T02:00:00Z"))).toEqual({
      day: "2026-12-07",
      at: new Date("2026-12-06T18:00:00Z"),
    });
    expect(digestDayOf(new Date("2026-07-07T02:00:00Z"))).toEqual({
      day: "2026-07-07",
      at: new Date("2026-07-06T19:00:00Z"),
    });
  });

  it("is due from 07:00 of the New Zealand day, not a minute before", () => {
    expect(digestDue(new Date("2026-12-06T17:59:59Z"))).toBeNull();
    expect(digestDue(new Date("2026-12-06T18:00:00Z"))).toMatchObject({ day: "2026-12-07" });
    // 23:30 NZDT is still the same New Zealand day, though the UTC date has not changed.
    expect(digestDue(new Date("2026-12-07T10:30:00Z"))).toMatchObject({ day: "2026-12-07" });
    expect(digestDue(new Date("2026-12-07T11:30:00Z"))).toBeNull();
  });

  it("names one digest per address per day", () => {
    expect(digestKey("2026-12-07", 42)).toBe("digest:2026-12-07:42");
    expect(digestKey("2026-12-08", 42)).not.toBe(digestKey("2026-12-07", 42));
  });
});
