import { describe, expect, it } from "vitest";
import { deliverySummary } from "@/lib/public/delivery-summary";
import type { Stage } from "@/lib/status/vocabulary";

const action = (stage: Stage | null, baselineDue: string, forecastDue: string | null = null) => ({
  baselineDue,
  forecastDue,
  status: { stage },
});

describe("deliverySummary", () => {
  it("puts every action in exactly one part, overdue by the NZ date", () => {
    const actions = [
      action("complete", "2024-03-31"),
      action("completed_modified", "2024-03-31"),
      action("underway", "2026-12-31"), // on schedule
      action("underway", "2025-09-30", "2027-03-31"), // slipped, but its forecast is ahead
      action("underway", "2025-09-30"), // overdue
      action("not_started", "2026-12-01"), // overdue by one day
      action(null, "2025-09-30"), // never reported, overdue
      action(null, "2027-06-30"), // never reported, not yet due
      action("not_proceeding", "2025-09-30"),
    ];
    expect(deliverySummary(actions, "2026-12-02")).toEqual({
      total: 9,
      complete: 2,
      onSchedule: 2,
      overdue: 2,
      neverReported: 2,
      neverReportedOverdue: 1,
      notProceeding: 1,
    });
    // On the due date itself nothing is overdue yet.
    expect(deliverySummary([action("not_started", "2026-12-01")], "2026-12-01").overdue).toBe(0);
  });
});
