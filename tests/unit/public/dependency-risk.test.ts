import { describe, expect, it } from "vitest";
import { foundationalRisks, openDependencyRisks } from "@/lib/public/dependency-risk";
import { publicAction } from "../../support/public-fixtures";

const done = {
  stage: "complete" as const,
  confidence: null,
  systemState: "current" as const,
  period: null,
  publishedAt: null,
  explanation: null,
  recoveryStep: null,
  notProceedingReason: null,
};

describe("dependency risk on the public plan", () => {
  const foundation = publicAction({
    code: "1.1",
    foundational: true,
    baselineDue: "2024-03-31",
    forecastDue: "2024-09-30",
    successors: ["2.1"],
  });
  const direct = publicAction({ code: "2.1", baselineStart: "2024-04-01", predecessors: ["1.1"], successors: ["3.1"] });
  const downstream = publicAction({ code: "3.1", baselineStart: "2024-12-01", predecessors: ["2.1"] });
  const unrelated = publicAction({ code: "4.1", baselineStart: "2024-01-01" });

  it("flags open successors of a slipping foundational action, directly and down the chain", () => {
    const [risk] = foundationalRisks([foundation, direct, downstream, unrelated]);
    expect(risk!.action.code).toBe("1.1");
    expect(risk!.successorsAtRisk.map((r) => [r.code, r.indirect])).toEqual([
      ["2.1", false],
      ["3.1", true],
    ]);
  });

  it("lets a finished predecessor hold nothing up, and never flags a finished successor", () => {
    expect(openDependencyRisks([{ ...foundation, status: done }, direct, downstream])).toEqual([]);
    // 2.1 is finished, so neither it (past being at risk) nor 3.1 (its predecessor delivered) is flagged.
    expect(openDependencyRisks([foundation, { ...direct, status: done }, downstream])).toEqual([]);
    expect(openDependencyRisks([foundation, direct, downstream]).map((r) => r.code)).toEqual(["2.1", "3.1"]);
  });

  it("reports nothing when the predecessor is due before the successor starts", () => {
    const onTime = { ...foundation, forecastDue: null };
    expect(foundationalRisks([onTime, direct, downstream])[0]!.successorsAtRisk).toEqual([]);
  });
});
