import { describe, expect, it } from "vitest";
import {
  actionsAtRisk,
  canAddDependency,
  effectiveDue,
  findCycle,
  slipDays,
  type DependencyEdge,
  type ScheduledAction,
} from "@/lib/dependencies/dependency-graph";

const dep = (action: string, predecessor: string): DependencyEdge => ({ action, predecessor });

/** Checks a reported cycle is real: closed, and every step is an edge (action -> predecessor). */
function expectValidCycle(cycle: string[] | null, edges: DependencyEdge[]) {
  expect(cycle).not.toBeNull();
  const c = cycle as string[];
  expect(c.length).toBeGreaterThanOrEqual(2);
  expect(c[0]).toBe(c[c.length - 1]);
  for (let i = 0; i + 1 < c.length; i++) {
    expect(edges.some((e) => e.action === c[i] && e.predecessor === c[i + 1])).toBe(true);
  }
}

describe("findCycle", () => {
  it("is null for no edges and for an acyclic graph (including a diamond)", () => {
    expect(findCycle([])).toBeNull();
    expect(findCycle([dep("2.1", "1.1"), dep("2.2", "1.1"), dep("3.1", "2.1"), dep("3.1", "2.2")])).toBeNull();
  });

  it("finds a self-loop", () => {
    expect(findCycle([dep("1.1", "1.1")])).toEqual(["1.1", "1.1"]);
  });

  it("finds a two-node cycle", () => {
    expect(findCycle([dep("1.1", "2.3"), dep("2.3", "1.1")])).toEqual(["1.1", "2.3", "1.1"]);
  });

  it("finds a longer cycle hanging off an acyclic part, deterministically", () => {
    const edges = [dep("1.1", "1.2"), dep("3.1", "3.2"), dep("3.2", "3.10"), dep("3.10", "3.1"), dep("1.2", "3.1")];
    const cycle = findCycle(edges);
    expectValidCycle(cycle, edges);
    expect(cycle).toEqual(["3.1", "3.2", "3.10", "3.1"]);
    expect(findCycle([...edges].reverse())).toEqual(cycle);
  });

  it("ignores duplicate edges", () => {
    expect(findCycle([dep("2.1", "1.1"), dep("2.1", "1.1")])).toBeNull();
  });

  it("copes with a long chain without recursion limits", () => {
    const edges = Array.from({ length: 20_000 }, (_, i) => dep(`1.${i + 1}`, `1.${i}`));
    expect(findCycle(edges)).toBeNull();
    const cycle = findCycle([...edges, dep("1.0", "1.20000")]);
    expect(cycle?.length).toBe(20_002);
  });
});

describe("canAddDependency", () => {
  const edges = [dep("2.1", "1.1"), dep("3.1", "2.1")];

  it("allows an edge that keeps the graph acyclic", () => {
    expect(canAddDependency(edges, dep("3.1", "1.1"))).toEqual({ ok: true });
    expect(canAddDependency([], dep("2.1", "1.1"))).toEqual({ ok: true });
    expect(canAddDependency(edges, dep("2.1", "1.1"))).toEqual({ ok: true }); // already there
  });

  it("refuses a self-dependency", () => {
    expect(canAddDependency(edges, dep("1.1", "1.1"))).toEqual({
      ok: false,
      cycle: ["1.1", "1.1"],
    });
  });

  it("refuses an edge closing a cycle and reports it starting with the new edge", () => {
    expect(canAddDependency(edges, dep("1.1", "3.1"))).toEqual({
      ok: false,
      cycle: ["1.1", "3.1", "2.1", "1.1"],
    });
    expect(canAddDependency(edges, dep("1.1", "2.1"))).toEqual({
      ok: false,
      cycle: ["1.1", "2.1", "1.1"],
    });
  });

  it("agrees with findCycle", () => {
    const candidate = dep("1.1", "3.1");
    const result = canAddDependency(edges, candidate);
    expect(result.ok).toBe(false);
    if (!result.ok) expectValidCycle(result.cycle, [...edges, candidate]);
    expect(findCycle([...edges, candidate])).not.toBeNull();
  });
});

describe("effectiveDue and slipDays", () => {
  it("prefers the forecast", () => {
    expect(effectiveDue({ baselineDue: "2025-06-30", forecastDue: null })).toBe("2025-06-30");
    expect(effectiveDue({ baselineDue: "2025-06-30", forecastDue: "2025-09-30" })).toBe("2025-09-30");
    expect(effectiveDue({ baselineDue: "2025-06-30", forecastDue: "2025-05-01" })).toBe("2025-05-01");
  });

  it("counts days late, never negative", () => {
    expect(slipDays({ baselineDue: "2025-06-30", forecastDue: null })).toBe(0);
    expect(slipDays({ baselineDue: "2025-06-30", forecastDue: "2025-06-30" })).toBe(0);
    expect(slipDays({ baselineDue: "2025-06-30", forecastDue: "2025-05-01" })).toBe(0);
    expect(slipDays({ baselineDue: "2025-06-30", forecastDue: "2025-07-01" })).toBe(1);
    expect(slipDays({ baselineDue: "2024-02-01", forecastDue: "2024-03-01" })).toBe(29); // leap year
    expect(slipDays({ baselineDue: "2024-12-31", forecastDue: "2025-01-30" })).toBe(30);
  });
});

describe("actionsAtRisk", () => {
  const action = (code: string, o: Partial<ScheduledAction> = {}): ScheduledAction => ({
    code,
    baselineStart: "2025-01-01",
    baselineDue: "2025-06-30",
    forecastDue: null,
    foundational: false,
    ...o,
  });

  it("is empty when predecessors finish in time", () => {
    const actions = [action("1.1", { baselineDue: "2025-06-30" }), action("2.1", { baselineStart: "2025-07-01" })];
    expect(actionsAtRisk(actions, [dep("2.1", "1.1")])).toEqual([]);
  });

  it("does not flag a predecessor due on the successor's start date", () => {
    const actions = [action("1.1", { baselineDue: "2025-07-01" }), action("2.1", { baselineStart: "2025-07-01" })];
    expect(actionsAtRisk(actions, [dep("2.1", "1.1")])).toEqual([]);
  });

  it("flags a successor when a predecessor's forecast slips past its start, and flags downstream", () => {
    const actions = [
      action("1.1", { baselineDue: "2025-06-30", forecastDue: "2025-09-30", foundational: true }),
      action("1.2", { baselineDue: "2025-06-30" }),
      action("2.1", { baselineStart: "2025-07-01", baselineDue: "2025-12-31" }),
      action("3.10", { baselineStart: "2026-01-01" }),
      action("3.9", { baselineStart: "2026-01-01" }),
      action("4.1", { baselineStart: "2026-06-01" }),
      action("5.1", { baselineStart: "2026-06-01" }),
    ];
    const edges = [
      dep("2.1", "1.1"),
      dep("2.1", "1.2"),
      dep("3.10", "2.1"),
      dep("3.9", "2.1"),
      dep("4.1", "3.10"),
      dep("4.1", "1.2"),
      dep("5.1", "1.2"),
    ];
    expect(actionsAtRisk(actions, edges)).toEqual([
      {
        code: "2.1",
        startsOn: "2025-07-01",
        cause: [{ predecessor: "1.1", predecessorDue: "2025-09-30", foundational: true }],
        indirect: false,
        via: [],
      },
      { code: "3.9", startsOn: "2026-01-01", cause: [], indirect: true, via: ["2.1"] },
      { code: "3.10", startsOn: "2026-01-01", cause: [], indirect: true, via: ["2.1"] },
      { code: "4.1", startsOn: "2026-06-01", cause: [], indirect: true, via: ["3.10"] },
    ]);
  });

  it("uses the baseline due when there is no forecast", () => {
    const actions = [action("1.1", { baselineDue: "2025-08-01" }), action("2.1", { baselineStart: "2025-07-01" })];
    const [risk] = actionsAtRisk(actions, [dep("2.1", "1.1")]);
    expect(risk?.cause).toEqual([{ predecessor: "1.1", predecessorDue: "2025-08-01", foundational: false }]);
  });

  it("clears the risk when the forecast brings a predecessor forward", () => {
    const actions = [
      action("1.1", { baselineDue: "2025-08-01", forecastDue: "2025-06-01" }),
      action("2.1", { baselineStart: "2025-07-01" }),
    ];
    expect(actionsAtRisk(actions, [dep("2.1", "1.1")])).toEqual([]);
  });

  it("keeps a directly-at-risk action direct when it is also downstream, listing both", () => {
    const actions = [
      action("1.1", { baselineDue: "2025-12-31" }),
      action("1.2", { baselineStart: "2025-03-01", baselineDue: "2025-06-30" }),
      action("2.1", { baselineStart: "2025-07-01" }),
    ];
    const result = actionsAtRisk(actions, [dep("1.2", "1.1"), dep("2.1", "1.2"), dep("2.1", "1.1")]);
    expect(result.map((r) => r.code)).toEqual(["1.2", "2.1"]);
    expect(result[1]).toEqual({
      code: "2.1",
      startsOn: "2025-07-01",
      cause: [{ predecessor: "1.1", predecessorDue: "2025-12-31", foundational: false }],
      indirect: false,
      via: ["1.2"],
    });
  });

  it("lists several causes in code order", () => {
    const actions = [
      action("1.10", { baselineDue: "2025-09-01" }),
      action("1.9", { baselineDue: "2025-08-01", foundational: true }),
      action("2.1", { baselineStart: "2025-07-01" }),
    ];
    const [risk] = actionsAtRisk(actions, [dep("2.1", "1.10"), dep("2.1", "1.9")]);
    expect(risk?.cause.map((c) => c.predecessor)).toEqual(["1.9", "1.10"]);
  });

  it("terminates on a cyclic graph", () => {
    const actions = [
      action("1.1", { baselineDue: "2025-12-31" }),
      action("2.1", { baselineStart: "2025-07-01" }),
      action("2.2", { baselineStart: "2025-07-01" }),
    ];
    const result = actionsAtRisk(actions, [dep("2.1", "1.1"), dep("2.2", "2.1"), dep("2.1", "2.2")]);
    expect(result.map((r) => r.code)).toEqual(["2.1", "2.2"]);
  });

  it("throws naming an unknown code on either end of an edge", () => {
    const actions = [action("1.1"), action("2.1")];
    expect(() => actionsAtRisk(actions, [dep("2.1", "7.7")])).toThrow(/7\.7/);
    expect(() => actionsAtRisk(actions, [dep("8.8", "1.1")])).toThrow(/8\.8/);
  });
});
