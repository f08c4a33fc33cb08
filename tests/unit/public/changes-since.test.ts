import { describe, expect, it } from "vitest";
import { changesSincePreviousPeriod } from "@/lib/public/changes-since";
import { publicAction, publicPlan, publicUpdate } from "../../support/public-fixtures";

const u = (
  code: string,
  period: string,
  at: string,
  stage: "underway" | "complete",
  confidence: "on_track" | "at_risk" | null,
) => publicUpdate({ actionCode: code, period, publishedAt: at, stage, confidence });

describe("changesSincePreviousPeriod", () => {
  it("reports first reports and changes of stage or confidence between the two latest closed periods", () => {
    const plan = publicPlan(
      [
        // unchanged: reported the same in both periods
        publicAction({
          code: "1.1",
          updates: [
            u("1.1", "2024 Q2", "2024-07-05", "underway", "on_track"),
            u("1.1", "2024 Q1", "2024-04-05", "underway", "on_track"),
          ],
        }),
        // confidence changed
        publicAction({
          code: "1.2",
          updates: [
            u("1.2", "2024 Q2", "2024-07-05", "underway", "at_risk"),
            u("1.2", "2024 Q1", "2024-04-05", "underway", "on_track"),
          ],
        }),
        // first report in the latest period
        publicAction({ code: "1.3", updates: [u("1.3", "2024 Q2", "2024-07-05", "underway", "on_track")] }),
        // stage and confidence changed
        publicAction({
          code: "1.4",
          updates: [
            u("1.4", "2024 Q2", "2024-07-05", "complete", null),
            u("1.4", "2024 Q1", "2024-04-05", "underway", "on_track"),
          ],
        }),
        // did not report in the latest period: its status carries over, so nothing changed
        publicAction({ code: "1.5", updates: [u("1.5", "2024 Q1", "2024-04-05", "underway", "at_risk")] }),
        // reported only in a period that is still open: not counted yet
        publicAction({ code: "1.6", updates: [u("1.6", "2024 Q3", "2024-10-05", "underway", "on_track")] }),
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
    const action = publicAction({ code: "1.1", updates: [u("1.1", "2024 Q1", "2024-04-05", "underway", "on_track")] });
    expect(changesSincePreviousPeriod(publicPlan([action], 1))).toEqual([]);
    expect(changesSincePreviousPeriod(publicPlan([action], 0))).toEqual([]);
  });
});
