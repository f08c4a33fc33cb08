import { describe, expect, it } from "vitest";
import {
  DEFAULT_DIMENSIONS,
  type GanttAction,
  layoutGantt,
  summariseGantt,
  truncateLabel,
} from "@/lib/timeline/gantt-layout";

const action = (a: Partial<GanttAction> & { code: string; workstream: number }): GanttAction => ({
  title: `Action ${a.code}`,
  foundational: false,
  baselineStart: "2023-10-01",
  baselineDue: "2024-03-31",
  forecastDue: null,
  predecessors: [],
  finished: false,
  ...a,
});

const plan = {
  planStart: "2023-10-01",
  planEnd: "2025-09-30",
  today: "2025-01-15",
  workstreams: [
    { number: 2, title: "Tools" },
    { number: 1, title: "Leadership" },
    { number: 3, title: "Nothing yet" },
  ],
};

const rowsOf = (layout: ReturnType<typeof layoutGantt>) => layout.groups.flatMap((g) => g.rows);

describe("layoutGantt rows and groups", () => {
  const layout = layoutGantt({
    ...plan,
    actions: [
      action({ code: "2.1", workstream: 2, baselineStart: "2024-04-01", baselineDue: "2024-12-31" }),
      action({ code: "1.10", workstream: 1 }),
      action({ code: "1.2", workstream: 1, foundational: true }),
    ],
  });

  it("groups actions by workstream in number order, codes in natural order, empty workstreams left out", () => {
    expect(layout.groups.map((g) => g.number)).toEqual([1, 2]);
    expect(rowsOf(layout).map((r) => r.code)).toEqual(["1.2", "1.10", "2.1"]);
  });

  it("stacks a heading then one row per action, top to bottom", () => {
    const d = DEFAULT_DIMENSIONS;
    const [ws1, ws2] = layout.groups;
    expect(ws1?.y).toBe(d.axisHeight);
    expect(ws1?.rows[0]?.y).toBe(d.axisHeight + d.groupHeight);
    expect(ws1?.rows[1]?.y).toBe(d.axisHeight + d.groupHeight + d.rowHeight);
    expect(ws2?.y).toBe(d.axisHeight + d.groupHeight + 2 * d.rowHeight);
    expect(layout.plotBottom).toBe(d.axisHeight + 2 * d.groupHeight + 3 * d.rowHeight);
    expect(layout.height).toBe(layout.plotBottom + d.footerHeight);
  });

  it("draws the plan's eight quarters across the chart area", () => {
    expect(layout.ticks.map((t) => t.label)).toEqual([
      "2023 Q4",
      "2024 Q1",
      "2024 Q2",
      "2024 Q3",
      "2024 Q4",
      "2025 Q1",
      "2025 Q2",
      "2025 Q3",
    ]);
    expect(layout.ticks[0]?.x).toBe(layout.chartX0);
    const last = layout.ticks.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(layout.chartX1, 1);
    expect(layout.planEnd.x).toBeCloseTo(layout.chartX1, 1);
  });

  it("places a later baseline further right", () => {
    const [r12, , r21] = rowsOf(layout);
    expect(r21!.baseline.x).toBeGreaterThan(r12!.baseline.x + r12!.baseline.width - 1);
  });
});

describe("forecast bars", () => {
  it("adds a forecast bar only when the forecast differs from the baseline due", () => {
    const layout = layoutGantt({
      ...plan,
      actions: [
        action({ code: "1.1", workstream: 1, forecastDue: "2024-06-30" }),
        action({ code: "1.2", workstream: 1, forecastDue: "2024-03-31" }),
        action({ code: "1.3", workstream: 1 }),
      ],
    });
    const [slipped, same, none] = rowsOf(layout);
    expect(slipped!.forecast).not.toBeNull();
    expect(slipped!.forecast!.width).toBeGreaterThan(slipped!.baseline.width);
    expect(slipped!.forecast!.y).toBeGreaterThan(slipped!.baseline.y);
    expect(slipped!.slipDays).toBe(91);
    expect(same!.forecast).toBeNull();
    expect(none!.forecast).toBeNull();
  });

  it("widens the axis to a forecast after the plan's end", () => {
    const layout = layoutGantt({
      ...plan,
      actions: [action({ code: "1.1", workstream: 1, baselineDue: "2025-06-30", forecastDue: "2026-02-28" })],
    });
    expect(layout.ticks.at(-1)?.label).toBe("2026 Q1");
    expect(layout.planEnd.x).toBeLessThan(layout.chartX1);
  });
});

describe("today", () => {
  it("puts the today line inside the chart, widening it when today is after the plan", () => {
    const layout = layoutGantt({ ...plan, today: "2026-11-22", actions: [action({ code: "1.1", workstream: 1 })] });
    expect(layout.ticks.at(-1)?.label).toBe("2026 Q4");
    expect(layout.today.x).toBeGreaterThan(layout.planEnd.x);
    expect(layout.today.x).toBeLessThan(layout.chartX1);
  });
});

describe("dependencies", () => {
  const actions = [
    action({ code: "1.1", workstream: 1, foundational: true, forecastDue: "2024-09-30" }),
    action({
      code: "2.1",
      workstream: 2,
      baselineStart: "2024-04-01",
      baselineDue: "2024-12-31",
      predecessors: ["1.1"],
    }),
    action({
      code: "2.2",
      workstream: 2,
      baselineStart: "2025-01-01",
      baselineDue: "2025-06-30",
      predecessors: ["2.1", "9.9"],
    }),
    action({
      code: "1.2",
      workstream: 1,
      baselineStart: "2024-07-01",
      baselineDue: "2024-12-31",
      predecessors: ["1.1"],
    }),
  ];
  const layout = layoutGantt({ ...plan, actions });
  const [r11, r12, r21, r22] = rowsOf(layout);

  it("connects a predecessor's effective end to its successor's start in the same workstream, arriving from the left", () => {
    const c = layout.connectors.find((k) => k.from === "1.1" && k.to === "1.2")!;
    const first = c.points[0]!;
    const last = c.points.at(-1)!;
    expect(first[0]).toBeCloseTo(r11!.forecast!.x + r11!.forecast!.width);
    expect(first[1]).toBe(r11!.forecast!.y + r11!.forecast!.height / 2);
    expect(last).toEqual([r12!.baseline.x, r12!.baseline.y + r12!.baseline.height / 2]);
    const beforeLast = c.points.at(-2)!;
    expect(beforeLast[0]).toBeLessThan(last[0]);
  });

  it("marks a predecessor in another workstream by its code instead of a line across the chart", () => {
    expect(r21!.externalPredecessors).toEqual(["1.1"]);
    expect(r22!.externalPredecessors).toEqual([]);
    expect(layout.connectors.map((c) => `${c.from}>${c.to}`)).toEqual(["1.1>1.2", "2.1>2.2"]);
  });

  it("ignores predecessors that are not in the plan", () => {
    expect(r22!.predecessors).toEqual(["2.1", "9.9"]);
    expect(layout.connectors.some((c) => c.from === "9.9")).toBe(false);
  });

  it("flags an action whose predecessor now ends after it starts, and everything downstream", () => {
    expect(r11!.atRiskFrom).toEqual([]);
    expect(r12!.atRiskFrom).toEqual(["1.1"]);
    expect(r21!.atRiskFrom).toEqual(["1.1"]);
    expect(r22!.atRiskFrom).toEqual(["2.1"]);
  });

  it("flags nothing a finished predecessor would hold up, nor a finished successor (the dashboard's rule)", () => {
    const finishedFirst = layoutGantt({
      ...plan,
      actions: actions.map((a) => (a.code === "1.1" ? { ...a, finished: true } : a)),
    });
    const rowsByCode = new Map(finishedFirst.groups.flatMap((g) => g.rows).map((r) => [r.code, r]));
    expect(rowsByCode.get("1.2")!.atRiskFrom).toEqual([]);
    expect(rowsByCode.get("2.1")!.atRiskFrom).toEqual([]);
    expect(rowsByCode.get("2.2")!.atRiskFrom).toEqual([]);
    const finishedLast = layoutGantt({
      ...plan,
      actions: actions.map((a) => (a.code === "2.2" ? { ...a, finished: true } : a)),
    });
    expect(finishedLast.groups.flatMap((g) => g.rows).find((r) => r.code === "2.2")!.atRiskFrom).toEqual([]);
  });

  it("summarises the chart", () => {
    expect(summariseGantt(layout)).toEqual({
      actions: 4,
      workstreams: 2,
      foundational: 1,
      slipped: 1,
      maxSlipDays: 183,
      atRisk: 3,
    });
  });
});

describe("truncateLabel", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(truncateLabel("Short", 10)).toBe("Short");
    expect(truncateLabel("Determine criteria for quality CEIAG", 20)).toBe("Determine criteria…");
  });

  it("counts macrons as one character", () => {
    expect(truncateLabel("Māori and Pacific", 17)).toBe("Māori and Pacific");
  });
});
