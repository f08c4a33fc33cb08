import { describe, expect, it } from "vitest";
import { isLateReporting, isSlipped, slippedMilestones } from "@/lib/reports/action-rules";
import { action } from "./fixtures";

const milestone = (baselineDue: string, forecastDue: string | null, title = "M") => ({
  title,
  baselineDue,
  forecastDue,
  completedOn: null,
});

describe("slipped", () => {
  it("is slipped when the forecast is later than the baseline", () => {
    expect(isSlipped(action("1.1", { baselineDue: "2026-06-30", forecastDue: "2026-07-01" }))).toBe(true);
  });

  it("is not slipped when the forecast equals or beats the baseline, or there is none", () => {
    expect(isSlipped(action("1.1", { baselineDue: "2026-06-30", forecastDue: "2026-06-30" }))).toBe(false);
    expect(isSlipped(action("1.1", { baselineDue: "2026-06-30", forecastDue: "2026-05-01" }))).toBe(false);
    expect(isSlipped(action("1.1", { baselineDue: "2026-06-30", forecastDue: null }))).toBe(false);
  });

  it("is slipped when one milestone's forecast is later than its baseline, and names it", () => {
    const s = action("1.1", {
      milestones: [milestone("2025-01-01", "2025-01-01", "On time"), milestone("2025-03-31", "2025-05-01", "Late")],
    });
    expect(isSlipped(s)).toBe(true);
    expect(slippedMilestones(s)).toEqual(["Late"]);
  });

  it("ignores milestones with no forecast or an earlier one", () => {
    const s = action("1.1", { milestones: [milestone("2025-03-31", null), milestone("2025-03-31", "2025-02-01")] });
    expect(isSlipped(s)).toBe(false);
  });
});

describe("late reporting", () => {
  it("is late when nothing was submitted by the end of grace", () => {
    expect(isLateReporting(action("1.1", { reporting: { state: "late", submittedLate: false } }))).toBe(true);
  });

  it("is late when the update was first submitted after grace, whatever it became", () => {
    expect(isLateReporting(action("1.1", { reporting: { state: "published", submittedLate: true } }))).toBe(true);
  });

  it("is not late for an action already finished with nothing to report, but is for a late submission", () => {
    for (const stage of ["complete", "completed_modified", "not_proceeding"] as const) {
      expect(isLateReporting(action("1.1", { stage, reporting: { state: "late", submittedLate: false } }))).toBe(false);
      expect(isLateReporting(action("1.1", { stage, reporting: { state: "published", submittedLate: true } }))).toBe(
        true,
      );
    }
  });

  it("is not late otherwise", () => {
    for (const state of ["due", "draft", "submitted", "approved", "published"] as const) {
      expect(isLateReporting(action("1.1", { reporting: { state, submittedLate: false } }))).toBe(false);
    }
  });
});
