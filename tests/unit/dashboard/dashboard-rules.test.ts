import { describe, expect, it } from "vitest";
import { openRisksOf, type ScheduledWithDeps } from "@/lib/dependencies/open-risks";
import { classifyMilestone, milestoneCutoff } from "@/lib/dashboard/milestone-flags";
import { expectedOn, trajectoryVerdict } from "@/lib/dashboard/trajectory";

describe("milestoneCutoff", () => {
  it("takes today's NZ date for an open period, even when it is still yesterday in UTC", () => {
    const open = { endsOn: "2026-12-31", closedAt: null };
    // 2026-11-22 11:30 UTC is 2026-11-23 00:30 in Auckland (NZDT, +13).
    expect(milestoneCutoff(open, new Date("2026-11-22T11:30:00Z"))).toBe("2026-11-23");
    expect(milestoneCutoff(open, new Date("2026-11-22T10:59:00Z"))).toBe("2026-11-22");
  });
  it("takes the period's last day for a closed period, whatever the date now", () => {
    const closed = { endsOn: "2026-09-30", closedAt: new Date("2026-10-31T00:00:00Z") };
    expect(milestoneCutoff(closed, new Date("2027-03-01T00:00:00Z"))).toBe("2026-09-30");
  });
});

describe("classifyMilestone", () => {
  it("is overdue when not completed and due (forecast, else baseline) before the cutoff", () => {
    expect(
      classifyMilestone({ baselineDue: "2026-11-20", forecastDue: null, completedOn: null }, "underway", "2026-11-23"),
    ).toEqual({ overdueDays: 3, slipDays: null });
    // Due on the cutoff day itself is not yet overdue.
    expect(
      classifyMilestone({ baselineDue: "2026-11-23", forecastDue: null, completedOn: null }, "underway", "2026-11-23")
        .overdueDays,
    ).toBeNull();
    // A forecast moves the due date: later than the cutoff means not overdue, but slipping.
    expect(
      classifyMilestone(
        { baselineDue: "2026-11-01", forecastDue: "2026-12-15", completedOn: null },
        "underway",
        "2026-11-23",
      ),
    ).toEqual({ overdueDays: null, slipDays: 44 });
  });
  it("is slipping and overdue at once when the later forecast has also passed", () => {
    expect(
      classifyMilestone(
        { baselineDue: "2026-10-01", forecastDue: "2026-11-01", completedOn: null },
        "underway",
        "2026-11-23",
      ),
    ).toEqual({ overdueDays: 22, slipDays: 31 });
  });
  it("is neither once completed, nor slipping when the forecast is earlier than the baseline", () => {
    expect(
      classifyMilestone(
        { baselineDue: "2026-10-01", forecastDue: "2026-11-01", completedOn: "2026-11-02" },
        "underway",
        "2026-11-23",
      ),
    ).toEqual({ overdueDays: null, slipDays: null });
    expect(
      classifyMilestone(
        { baselineDue: "2026-12-31", forecastDue: "2026-12-01", completedOn: null },
        "underway",
        "2026-11-23",
      ),
    ).toEqual({ overdueDays: null, slipDays: null });
  });
  it("is neither when its action is finished or not proceeding, and overdue when it never reported", () => {
    const late = { baselineDue: "2025-06-30", forecastDue: "2025-09-30", completedOn: null };
    for (const stage of ["not_proceeding", "complete", "completed_modified"] as const) {
      expect(classifyMilestone(late, stage, "2026-12-02"), stage).toEqual({ overdueDays: null, slipDays: null });
    }
    expect(classifyMilestone(late, null, "2026-12-02")).toEqual({ overdueDays: 428, slipDays: 92 });
  });
});

describe("trajectory rule", () => {
  const baseline = { value: 40, date: "2025-01-01" };
  const target = { value: 60, date: "2027-01-01" };
  it("reads the expected value off a straight line, clamped at both ends", () => {
    expect(expectedOn(baseline, target, "2026-01-01")).toBe(50); // 365 of 730 days
    expect(expectedOn(baseline, target, "2024-06-01")).toBe(40);
    expect(expectedOn(baseline, target, "2028-01-01")).toBe(60);
  });
  it("is on track for an increase at or above the line, and below it is not", () => {
    expect(trajectoryVerdict("increase", baseline, target, { value: 51, date: "2026-01-01" }).onTrack).toBe(true);
    expect(trajectoryVerdict("increase", baseline, target, { value: 48, date: "2026-01-01" }).onTrack).toBe(false);
  });
  it("is on track for a decrease at or below the line", () => {
    const b = { value: 20, date: "2025-01-01" };
    const t = { value: 10, date: "2027-01-01" };
    expect(trajectoryVerdict("decrease", b, t, { value: 14, date: "2026-01-01" }).onTrack).toBe(true);
    expect(trajectoryVerdict("decrease", b, t, { value: 16, date: "2026-01-01" }).onTrack).toBe(false);
  });
  it("is on track for maintain within 5 % of the target", () => {
    const t = { value: 100, date: "2027-01-01" };
    expect(trajectoryVerdict("maintain", baseline, t, { value: 96, date: "2026-01-01" }).onTrack).toBe(true);
    expect(trajectoryVerdict("maintain", baseline, t, { value: 94, date: "2026-01-01" }).onTrack).toBe(false);
  });
});

describe("openRisksOf", () => {
  const a = (code: string, extra: Partial<ScheduledWithDeps> = {}): ScheduledWithDeps => ({
    code,
    baselineStart: "2026-01-01",
    baselineDue: "2026-06-30",
    forecastDue: null,
    foundational: false,
    predecessors: [],
    finished: false,
    ...extra,
  });
  it("flags a successor whose predecessor's forecast runs past its start, and ignores finished ones", () => {
    const actions = [
      a("1.1", { foundational: true, forecastDue: "2026-09-30" }),
      a("1.2", { baselineStart: "2026-07-01", predecessors: ["1.1"] }),
      a("1.3", { baselineStart: "2026-10-15", predecessors: ["1.1"] }),
      a("1.4", { baselineStart: "2026-07-01", predecessors: ["1.1"], finished: true }),
    ];
    const risks = openRisksOf(actions);
    expect(risks.map((r) => r.code)).toEqual(["1.2"]);
    expect(risks[0]!.cause).toEqual([{ predecessor: "1.1", predecessorDue: "2026-09-30", foundational: true }]);
    // Once the predecessor is finished nothing is held up.
    expect(openRisksOf(actions.map((x) => (x.code === "1.1" ? { ...x, finished: true } : x)))).toEqual([]);
  });
  it("ignores predecessors outside the list", () => {
    expect(openRisksOf([a("1.2", { predecessors: ["9.9"] })])).toEqual([]);
  });
});
