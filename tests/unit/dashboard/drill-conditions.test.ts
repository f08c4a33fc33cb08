import { describe, expect, it } from "vitest";
import { drillConditions } from "@/lib/dal/dashboard/drill";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";

describe("the drill-down's reporting and flag conditions", () => {
  it("takes every compliance state, and nothing outside the vocabulary", () => {
    for (const state of COMPLIANCE_STATES) {
      expect(drillConditions({ reporting: state }).applied).toEqual(["reporting"]);
    }
    expect(drillConditions({ reporting: "agency_approved" }).applied).toEqual([]);
    expect(drillConditions({ reporting: "overdue" }).where).toEqual([]);
  });

  it("knows the never-reported and submitted-late flags, and combines them with a lead agency", () => {
    expect(drillConditions({ flag: "never-reported" }).applied).toEqual(["flag"]);
    expect(drillConditions({ flag: "submitted-late", lead: "tec" }).applied).toEqual(["flag", "lead"]);
    expect(drillConditions({ reporting: "late", lead: "tec" }).applied).toEqual(["reporting", "lead"]);
    expect(drillConditions({ flag: "unknown" }).applied).toEqual([]);
  });
});
