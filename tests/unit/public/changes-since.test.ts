import { describe, expect, it } from "vitest";
import { changesSincePreviousPeriod } from "@/lib/public/changes-since";
import type { StatusAt } from "@/lib/public/types";
import { publicAction, publicPlan } from "../../support/public-fixtures";

const s = (stage: "underway" | "complete", confidence: "on_track" | "at_risk" | null): StatusAt => ({
  stage,
  confidence,
});

describe("changesSincePreviousPeriod", () => {
  it("reports first reports and changes of stage or confidence between the two latest closed periods", () => {
    const plan = publicPlan(
      [
        // unchanged: reported the same in both periods
        publicAction({
          code: "1.1",
          closedStatus: { latest: s("underway", "on_track"), previous: s("underway", "on_track") },
        }),
        // confidence changed
        publicAction({
          code: "1.2",
          closedStatus: { latest: s("underway", "at_risk"), previous: s("underway", "on_track") },
        }),
        // first report in the latest period
        publicAction({ code: "1.3", closedStatus: { latest: s("underway", "on_track"), previous: null } }),
        // stage and confidence changed
        publicAction({
          code: "1.4",
          closedStatus: { latest: s("complete", null), previous: s("underway", "on_track") },
        }),
        // did not report in the latest period: its status carries over, so nothing changed
        publicAction({
          code: "1.5",
          closedStatus: { latest: s("underway", "at_risk"), previous: s("underway", "at_risk") },
        }),
        // reported only in a period that is still open: not counted yet
        publicAction({ code: "1.6", closedStatus: { latest: null, previous: null } }),
      ],
      2,
    );
    expect(changesSincePreviousPeriod(plan).map((c) => [c.code, c.kind])).toEqual([
      ["1.2", "confidence"],
      ["1.3", "first_report"],
      ["1.4", "stage_and_confidence"],
    ]);
    const change = changesSincePreviousPeriod(plan).find((c) => c.code === "1.2")!;
    expect(change.from).toEqual({ stage: "underway", confidence: "on_track" });
    expect(change.to).toEqual({ stage: "underway", confidence: "at_risk" });
  });

  it("is empty until two periods have closed", () => {
    const action = publicAction({ code: "1.1", closedStatus: { latest: s("underway", "on_track"), previous: null } });
    expect(changesSincePreviousPeriod(publicPlan([action], 1))).toEqual([]);
    expect(changesSincePreviousPeriod(publicPlan([action], 0))).toEqual([]);
  });
});
