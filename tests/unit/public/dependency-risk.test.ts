import { describe, expect, it } from "vitest";
import { HOME_LIST_ROWS, pageOf } from "@/lib/paging/pages";
import { foundationalRisks, mostHeldUpFirst, openDependencyRisks } from "@/lib/public/dependency-risk";
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

  it("puts the foundational actions holding up the most work first, open ones before finished, then by code", () => {
    // 1.1 holds up 2.1 and 3.1; 5.1 holds up 6.1; 7.1 and 1.9 hold nothing up, 7.1 still open.
    const small = publicAction({
      code: "5.1",
      foundational: true,
      baselineDue: "2024-03-31",
      forecastDue: "2025-01-31",
      successors: ["6.1"],
    });
    const held = publicAction({ code: "6.1", baselineStart: "2024-06-01", predecessors: ["5.1"] });
    const open = publicAction({ code: "7.1", foundational: true });
    const finished = publicAction({ code: "1.9", foundational: true, status: done });
    const ranked = mostHeldUpFirst(foundationalRisks([finished, open, small, held, foundation, direct, downstream]));
    expect(ranked.map((r) => [r.action.code, r.successorsAtRisk.length])).toEqual([
      ["1.1", 2],
      ["5.1", 1],
      ["7.1", 0],
      ["1.9", 0],
    ]);
  });

  it("keeps the home page's rows to HOME_LIST_ROWS foundational actions and counts them all", () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      publicAction({ code: `9.${i + 1}`, foundational: true, baselineDue: "2024-03-31", forecastDue: "2025-06-30" }),
    );
    // 9.14 holds up the most (three), 9.3 one; the rest none.
    const successors = [
      publicAction({ code: "10.1", baselineStart: "2024-06-01", predecessors: ["9.14"] }),
      publicAction({ code: "10.2", baselineStart: "2024-06-01", predecessors: ["9.14"] }),
      publicAction({ code: "10.3", baselineStart: "2024-06-01", predecessors: ["9.14"] }),
      publicAction({ code: "10.4", baselineStart: "2024-06-01", predecessors: ["9.3"] }),
    ];
    const { rows, total } = pageOf(mostHeldUpFirst(foundationalRisks([...many, ...successors])), {
      page: 1,
      pageSize: HOME_LIST_ROWS,
    });
    expect(total).toBe(14);
    expect(rows.map((r) => r.action.code)).toEqual([
      "9.14",
      "9.3",
      "9.1",
      "9.2",
      "9.4",
      "9.5",
      "9.6",
      "9.7",
      "9.8",
      "9.9",
    ]);
  });
});
