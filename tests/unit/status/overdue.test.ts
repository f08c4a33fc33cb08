import { describe, expect, it } from "vitest";
import { actionOverdueDays, milestoneOverdueDays, nzToday } from "@/lib/status/overdue";

describe("nzToday", () => {
  it("is the New Zealand calendar date, not the UTC one", () => {
    // 11:30 UTC on 30 September is 00:30 on 1 October in New Zealand (NZDT, UTC+13).
    expect(nzToday(new Date("2025-09-30T11:30:00Z"))).toBe("2025-10-01");
    // 11:30 UTC on 30 June is 23:30 the same day in New Zealand (NZST, UTC+12).
    expect(nzToday(new Date("2025-06-30T11:30:00Z"))).toBe("2025-06-30");
  });
});

describe("an action is overdue", () => {
  const due30Sep = { baselineDue: "2025-09-30", forecastDue: null };

  it("from the first New Zealand day after its due date, counting whole days", () => {
    expect(actionOverdueDays({ ...due30Sep, stage: "underway" }, "2025-09-30")).toBeNull();
    expect(actionOverdueDays({ ...due30Sep, stage: "underway" }, "2025-10-01")).toBe(1);
    expect(actionOverdueDays({ ...due30Sep, stage: "underway" }, nzToday(new Date("2025-09-30T11:30:00Z")))).toBe(1);
    expect(actionOverdueDays({ ...due30Sep, stage: "underway" }, "2026-12-02")).toBe(428);
  });

  it("measured from the published forecast when there is one, else the baseline", () => {
    const slipped = { baselineDue: "2025-09-30", forecastDue: "2026-12-31", stage: "underway" as const };
    expect(actionOverdueDays(slipped, "2026-12-02")).toBeNull();
    expect(actionOverdueDays(slipped, "2027-01-02")).toBe(2);
    const early = { baselineDue: "2025-09-30", forecastDue: "2025-06-30", stage: "underway" as const };
    expect(actionOverdueDays(early, "2025-07-01")).toBe(1);
  });

  it("also when it has never reported or not started", () => {
    expect(actionOverdueDays({ ...due30Sep, stage: null }, "2026-12-02")).toBe(428);
    expect(actionOverdueDays({ ...due30Sep, stage: "not_started" }, "2025-10-02")).toBe(2);
  });

  it("never once finished, and never when not proceeding", () => {
    for (const stage of ["complete", "completed_modified", "not_proceeding"] as const) {
      expect(actionOverdueDays({ ...due30Sep, stage }, "2026-12-02"), stage).toBeNull();
    }
  });
});

describe("a milestone is overdue", () => {
  const open = { baselineDue: "2025-05-31", forecastDue: null, completedOn: null };

  it("on the same rule as an action, by its own forecast or baseline", () => {
    expect(milestoneOverdueDays(open, "underway", "2025-05-31")).toBeNull();
    expect(milestoneOverdueDays(open, "underway", "2025-06-01")).toBe(1);
    expect(milestoneOverdueDays({ ...open, forecastDue: "2025-08-31" }, "underway", "2025-09-03")).toBe(3);
    expect(milestoneOverdueDays(open, null, "2025-06-10")).toBe(10);
  });

  it("never once completed, or when its action is finished or not proceeding", () => {
    expect(milestoneOverdueDays({ ...open, completedOn: "2025-07-01" }, "underway", "2026-12-02")).toBeNull();
    expect(milestoneOverdueDays(open, "not_proceeding", "2026-12-02")).toBeNull();
    expect(milestoneOverdueDays(open, "completed_modified", "2026-12-02")).toBeNull();
  });
});
