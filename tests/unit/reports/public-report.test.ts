import { describe, expect, it } from "vitest";
import { buildQuarterlyReport } from "@/lib/reports/build-report";
import { publicReport } from "@/lib/reports/public-report";
import { action, indicator, PERIOD } from "./fixtures";

const staff = buildQuarterlyReport({
  period: PERIOD,
  actions: [
    action("1.1", { reporting: { state: "late", submittedLate: false }, confidence: "at_risk" }),
    action("1.2", { reporting: { state: "draft", submittedLate: true }, systemState: "stale" }),
  ],
  indicators: [indicator("I1")],
  previous: { label: "2026 Q2", actions: [action("1.1")] },
});

describe("public version of the quarterly report", () => {
  const pub = publicReport(staff);

  it("drops every reporting (compliance) field", () => {
    expect(pub.version).toBe("public");
    expect(pub.overview.reporting).toBeNull();
    expect(pub.exceptions.lateReporting).toBeNull();
    expect(pub.workstreams.flatMap((w) => w.actions).every((a) => a.reporting === null)).toBe(true);
    const text = JSON.stringify(pub);
    for (const internal of ['"late"', '"draft"', "submittedLate", "byState"]) expect(text).not.toContain(internal);
  });

  it("keeps published statuses, narratives, exceptions, indicators and changes", () => {
    expect(pub.workstreams).toHaveLength(1);
    expect(pub.workstreams[0]!.actions[0]).toMatchObject({
      code: "1.1",
      confidence: "at_risk",
      update: { narrative: "Narrative for 1.1" },
    });
    expect(pub.exceptions.atRisk.map((a) => a.code)).toEqual(["1.1"]);
    expect(pub.exceptions.stale.map((a) => a.code)).toEqual(["1.2"]);
    expect(pub.overview.byConfidence).toEqual(staff.overview.byConfidence);
    expect(pub.indicators).toEqual(staff.indicators);
    expect(pub.changes).toEqual(staff.changes);
  });

  it("leaves the staff report as it was", () => {
    expect(staff.overview.reporting).not.toBeNull();
    expect(staff.workstreams[0]!.actions[0]!.reporting).toEqual({ state: "late", submittedLate: false });
  });
});
