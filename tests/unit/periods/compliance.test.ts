import { describe, expect, it } from "vitest";
import { complianceOf, type PeriodUpdateRef } from "@/lib/periods/compliance";
import { quarterPeriod } from "@/lib/periods/quarters";

const period = quarterPeriod(2026, 3); // due 14 Oct 2026 17:00 NZDT, grace until 21 Oct 17:00 NZDT
const beforeDue = new Date(period.dueAt.getTime() - 60_000);
const inGrace = new Date(period.dueAt.getTime() + 60_000);
const afterGrace = new Date(period.graceUntil.getTime() + 60_000);

const u = (state: PeriodUpdateRef["state"], extra: Partial<PeriodUpdateRef> = {}): PeriodUpdateRef => ({
  state,
  submittedAt: state === "draft" ? null : inGrace,
  publishedAt: null,
  ...extra,
});

describe("complianceOf", () => {
  it("is due with nothing written, until the grace period ends; then late", () => {
    expect(complianceOf([], period, beforeDue).state).toBe("due");
    expect(complianceOf([], period, inGrace).state).toBe("due");
    expect(complianceOf([], period, period.graceUntil).state).toBe("late");
    expect(complianceOf([u("draft")], period, afterGrace).state).toBe("late");
    expect(complianceOf([u("changes_requested")], period, afterGrace).state).toBe("late");
  });

  it("takes the most advanced update, ignoring withdrawn ones", () => {
    expect(complianceOf([u("draft"), u("submitted")], period, inGrace).state).toBe("submitted");
    expect(complianceOf([u("agency_approved"), u("draft")], period, inGrace).state).toBe("approved");
    expect(complianceOf([u("withdrawn")], period, beforeDue).state).toBe("due");
    const published = u("published", { publishedAt: inGrace });
    expect(complianceOf([u("submitted"), published], period, afterGrace).state).toBe("published");
  });

  it("counts a scheduled publication as approved until its time comes", () => {
    const scheduled = u("published", { publishedAt: afterGrace });
    expect(complianceOf([scheduled], period, inGrace).state).toBe("approved");
    expect(complianceOf([scheduled], period, new Date(afterGrace.getTime() + 1)).state).toBe("published");
  });

  it("flags a first submission after the grace period, whatever it became", () => {
    const late = new Date(period.graceUntil.getTime() + 1);
    expect(complianceOf([u("published", { submittedAt: late, publishedAt: late })], period, afterGrace)).toEqual({
      state: "published",
      submittedLate: true,
    });
    expect(complianceOf([u("submitted", { submittedAt: period.graceUntil })], period, afterGrace)).toEqual({
      state: "submitted",
      submittedLate: false,
    });
    // A withdrawn late attempt does not count against an on-time submission.
    expect(
      complianceOf(
        [u("submitted", { submittedAt: inGrace }), u("withdrawn", { submittedAt: late })],
        period,
        afterGrace,
      ).submittedLate,
    ).toBe(false);
  });
});

describe("complianceOf for an action already finished", () => {
  const finished = { finished: true };
  it("is not expected to report, never due or late, when nothing was written", () => {
    expect(complianceOf([], period, beforeDue, finished).state).toBe("not_expected");
    expect(complianceOf([], period, afterGrace, finished).state).toBe("not_expected");
    expect(complianceOf([u("withdrawn")], period, afterGrace, finished).state).toBe("not_expected");
  });
  it("still shows what was written for the period, without calling a draft late", () => {
    expect(complianceOf([u("draft")], period, afterGrace, finished).state).toBe("draft");
    expect(complianceOf([u("submitted")], period, afterGrace, finished).state).toBe("submitted");
  });
});
