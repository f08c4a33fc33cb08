import { describe, expect, it } from "vitest";
import {
  nextQuarterlyPeriod,
  nzWallClockOf,
  parsePeriodInput,
  periodFormValues,
  type PeriodFormValues,
} from "@/lib/periods/period-input";
import { quarterPeriod } from "@/lib/periods/quarters";

const iso = (d: Date) => d.toISOString();

/** 2027 Q1 with the default rhythm, as the form shows it. */
const Q1_2027: PeriodFormValues = {
  opensDate: "2027-01-01",
  opensTime: "00:00",
  dueDate: "2027-04-14",
  dueTime: "17:00",
  graceDate: "2027-04-21",
  graceTime: "17:00",
  closesDate: "2027-04-28",
  closesTime: "17:00",
};

function parsed(values: Partial<PeriodFormValues>, now?: Date) {
  const result = parsePeriodInput({ ...Q1_2027, ...values }, now);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

function refused(values: Record<string, unknown>, now?: Date) {
  const result = parsePeriodInput({ ...Q1_2027, ...values }, now);
  if (result.ok) throw new Error("expected a refusal");
  return result.fieldErrors;
}

describe("parsePeriodInput", () => {
  it("reads New Zealand wall-clock times as the exact UTC instants, whatever process.env.TZ says", () => {
    // Run with TZ=UTC and TZ=America/New_York too: the expected strings are fixed, so a result
    // that leaned on the server's zone would fail in one of them.
    const value = parsed({});
    expect(iso(value.opensAt)).toBe("2026-12-31T11:00:00.000Z"); // midnight NZDT (UTC+13)
    expect(iso(value.dueAt)).toBe("2027-04-14T05:00:00.000Z"); // 17:00 NZST (UTC+12)
    expect(iso(value.graceUntil)).toBe("2027-04-21T05:00:00.000Z");
    expect(iso(value.closesAt)).toBe("2027-04-28T05:00:00.000Z");
    expect(value).toEqual({
      opensAt: quarterPeriod(2027, 1).opensAt,
      dueAt: quarterPeriod(2027, 1).dueAt,
      graceUntil: quarterPeriod(2027, 1).graceUntil,
      closesAt: quarterPeriod(2027, 1).closesAt,
    });
  });

  it("moves a due date across the end of daylight saving (4 April 2027) to the right instant", () => {
    const before = parsed({ dueDate: "2027-04-02", dueTime: "17:00" });
    const after = parsed({ dueDate: "2027-04-06", dueTime: "17:00" });
    expect(iso(before.dueAt)).toBe("2027-04-02T04:00:00.000Z"); // NZDT, UTC+13
    expect(iso(after.dueAt)).toBe("2027-04-06T05:00:00.000Z"); // NZST, UTC+12
    // Four calendar days later at the same wall-clock time is four days and one hour later.
    expect(after.dueAt.getTime() - before.dueAt.getTime()).toBe((4 * 24 + 1) * 3_600_000);
  });

  it("moves a deadline across the start of daylight saving (27 September 2026)", () => {
    const value = parsePeriodInput({
      opensDate: "2026-07-01",
      opensTime: "00:00",
      dueDate: "2026-09-25",
      dueTime: "17:00",
      graceDate: "2026-09-29",
      graceTime: "17:00",
      closesDate: "2026-10-28",
      closesTime: "17:00",
    });
    expect(value.ok).toBe(true);
    if (!value.ok) return;
    expect(iso(value.value.dueAt)).toBe("2026-09-25T05:00:00.000Z"); // NZST
    expect(iso(value.value.graceUntil)).toBe("2026-09-29T04:00:00.000Z"); // NZDT
  });

  it("refuses a time that does not exist in New Zealand (the daylight-saving gap) and says so", () => {
    const errors = refused({
      graceDate: "2026-09-27",
      graceTime: "02:30",
      opensDate: "2026-07-01",
      dueDate: "2026-09-20",
      closesDate: "2026-10-28",
    });
    expect(errors.graceTime).toEqual([
      "Grace period ends: 02:30 on 2026-09-27 does not exist in New Zealand: clocks go forward an hour that night (daylight saving starts). Choose a time from 03:00.",
    ]);
    expect(Object.keys(errors)).toEqual(["graceTime"]);
  });

  it("accepts the repeated hour when daylight saving ends (its first occurrence)", () => {
    const value = parsed({ opensDate: "2027-04-04", opensTime: "02:30", dueDate: "2027-04-05" });
    expect(iso(value.opensAt)).toBe("2027-04-03T13:30:00.000Z"); // 02:30 NZDT
  });

  it("reports every order problem at once, each on the later field", () => {
    const errors = refused({ dueDate: "2026-12-30", graceDate: "2026-12-29", closesDate: "2026-12-28" });
    expect(errors).toEqual({
      dueDate: ["Due must not be before “Opens”."],
      graceDate: ["Grace period ends must not be before “Due”."],
      closesDate: ["Closes must not be before “Grace period ends”."],
    });
  });

  it("allows deadlines at the same instant (the order is not strict)", () => {
    const value = parsed({ graceDate: "2027-04-14", closesDate: "2027-04-14" });
    expect(value.dueAt).toEqual(value.closesAt);
  });

  it("reports malformed dates and times per field, together with order problems elsewhere", () => {
    const errors = refused({ opensDate: "2027-02-30", dueTime: "5pm", closesDate: "2027-04-01", opensTime: undefined });
    expect(errors.opensDate).toEqual(["Enter a real date, for example 2027-04-06."]);
    expect(errors.opensTime).toEqual(["Enter a time on the 24-hour clock, for example 17:00."]);
    expect(errors.dueTime).toEqual(["Enter a time on the 24-hour clock, for example 17:00."]);
    // Due could not be read, so the close is compared with the grace end it follows.
    expect(errors.closesDate).toEqual(["Closes must not be before “Grace period ends”."]);
  });

  it("with a `now`, refuses a close that is not in the future", () => {
    const errors = refused({}, new Date("2027-05-01T00:00:00Z"));
    expect(errors.closesDate).toEqual([
      "Closes must be in the future. To close the period now, use “Close this period” instead.",
    ]);
    expect(parsePeriodInput(Q1_2027, new Date("2027-04-01T00:00:00Z")).ok).toBe(true);
  });
});

describe("nzWallClockOf and periodFormValues", () => {
  it("show instants on New Zealand clocks, on either side of a daylight-saving change", () => {
    expect(nzWallClockOf(new Date("2027-04-02T04:00:00Z"))).toEqual({ date: "2027-04-02", time: "17:00" });
    expect(nzWallClockOf(new Date("2027-04-06T05:00:00Z"))).toEqual({ date: "2027-04-06", time: "17:00" });
    expect(nzWallClockOf(new Date("2026-12-31T11:00:00Z"))).toEqual({ date: "2027-01-01", time: "00:00" });
  });

  it("round-trip with parsePeriodInput", () => {
    const q = quarterPeriod(2027, 1);
    expect(periodFormValues(q)).toEqual(Q1_2027);
  });
});

describe("nextQuarterlyPeriod", () => {
  it("is the quarter after the latest existing one, with the default rhythm", () => {
    const next = nextQuarterlyPeriod(
      [{ startsOn: "2026-07-01" }, { startsOn: "2026-10-01" }, { startsOn: "2026-04-01" }],
      "2026-11-22",
    );
    expect(next).toEqual(quarterPeriod(2027, 1));
    expect(next.label).toBe("2027 Q1");
  });

  it("steps within a year", () => {
    expect(nextQuarterlyPeriod([{ startsOn: "2027-01-01" }], "2026-11-22").label).toBe("2027 Q2");
  });

  it("with no periods, is the quarter containing today", () => {
    expect(nextQuarterlyPeriod([], "2026-11-22").label).toBe("2026 Q4");
  });
});
