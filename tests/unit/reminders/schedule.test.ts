import { describe, expect, it } from "vitest";
import { nzLocalToUtc } from "@/lib/periods/nz-time";
import { quarterPeriod } from "@/lib/periods/quarters";
import { approvalReminderTime, editorReminderAt, editorReminderTimes } from "@/lib/reminders/schedule";

// Due 30 September 2026 at 17:00 NZ time: NZ clocks go forward on 27 September, between the
// week-before reminder (NZST, UTC+12) and the due date (NZDT, UTC+13).
const period = {
  opensAt: nzLocalToUtc("2026-07-01", "00:00"),
  dueAt: nzLocalToUtc("2026-09-30", "17:00"),
  graceUntil: nzLocalToUtc("2026-10-07", "17:00"),
};
const at = (iso: string) => new Date(iso);

describe("editor reminders", () => {
  it("fall at 09:00 NZ time a week before, on and the day after the due date, across the clock change", () => {
    expect(editorReminderTimes(period)).toEqual({
      week_before: at("2026-09-22T21:00:00Z"), // 09:00 NZST on 23 September
      due_day: at("2026-09-29T20:00:00Z"), // 09:00 NZDT on 30 September
      in_grace: at("2026-09-30T20:00:00Z"), // 09:00 NZDT on 1 October
    });
  });

  it("sends nothing before the week-before reminder's morning", () => {
    expect(editorReminderAt(period, at("2026-09-22T20:59:59Z"))).toBeNull();
    expect(editorReminderAt(period, at("2026-08-01T00:00:00Z"))).toBeNull();
  });

  it("is the week-before reminder until the due date's morning", () => {
    expect(editorReminderAt(period, at("2026-09-22T21:00:00Z"))?.kind).toBe("week_before");
    expect(editorReminderAt(period, at("2026-09-29T19:59:59Z"))?.kind).toBe("week_before");
  });

  it("is the due-day reminder on the due date, before and after the deadline that evening", () => {
    expect(editorReminderAt(period, at("2026-09-29T20:00:00Z"))).toEqual({
      kind: "due_day",
      from: at("2026-09-29T20:00:00Z"),
    });
    expect(editorReminderAt(period, at("2026-09-30T04:30:00Z"))?.kind).toBe("due_day"); // 17:30 NZDT
  });

  it("is the grace reminder from the next morning while the grace period runs, and nothing after it", () => {
    expect(editorReminderAt(period, at("2026-09-30T20:00:00Z"))?.kind).toBe("in_grace");
    expect(editorReminderAt(period, at("2026-10-07T03:59:59Z"))?.kind).toBe("in_grace");
    expect(editorReminderAt(period, period.graceUntil)).toBeNull();
    expect(editorReminderAt(period, at("2026-10-20T00:00:00Z"))).toBeNull();
  });

  it("sends nothing for a closed period or one not yet open", () => {
    expect(
      editorReminderAt({ ...period, closedAt: at("2026-09-25T00:00:00Z") }, at("2026-09-29T21:00:00Z")),
    ).toBeNull();
    const late = { ...period, opensAt: at("2026-09-25T00:00:00Z") };
    expect(editorReminderAt(late, at("2026-09-24T22:00:00Z"))).toBeNull();
    // Opened less than a week before it is due: the week-before reminder comes when it opens.
    expect(editorReminderAt(late, at("2026-09-25T00:00:00Z"))?.kind).toBe("week_before");
  });

  it("has no grace reminder when the grace period ends before the morning after the due date", () => {
    const short = { ...period, graceUntil: nzLocalToUtc("2026-10-01", "08:00") };
    expect(editorReminderAt(short, at("2026-09-30T18:30:00Z"))?.kind).toBe("due_day");
    expect(editorReminderAt(short, short.graceUntil)).toBeNull();
    expect(editorReminderAt(short, at("2026-09-30T20:30:00Z"))).toBeNull();
  });

  it("follows a standard quarter's deadlines in NZ standard time", () => {
    const q1 = quarterPeriod(2027, 1); // due 14 April 2027 at 17:00 NZST, after clocks went back
    expect(editorReminderTimes(q1).week_before).toEqual(at("2027-04-06T21:00:00Z"));
    expect(editorReminderTimes(q1).due_day).toEqual(at("2027-04-13T21:00:00Z"));
  });

  it("moves a due-day reminder to the start of the day when the deadline falls before 09:00", () => {
    const early = { ...period, dueAt: nzLocalToUtc("2026-09-30", "08:00") };
    expect(editorReminderTimes(early).due_day).toEqual(nzLocalToUtc("2026-09-30", "00:00"));
  });
});

describe("approval reminders", () => {
  it("come a day after the update was submitted", () => {
    expect(approvalReminderTime(at("2026-09-29T03:00:00Z"))).toEqual(at("2026-09-30T03:00:00Z"));
  });
});
