import { describe, expect, it } from "vitest";
import { buildQuarterlyReport, changesSince } from "@/lib/reports/build-report";
import { action, indicator, PERIOD } from "./fixtures";

describe("quarterly report: overview", () => {
  const report = buildQuarterlyReport({
    period: PERIOD,
    actions: [
      action("1.1"),
      action("1.2", { confidence: "at_risk" }),
      action("2.1", { stage: "complete", confidence: null, reporting: { state: "late", submittedLate: false } }),
      action("2.2", { stage: null, confidence: null, systemState: "not_yet_reported", update: null }),
      action("2.3", { systemState: "stale", reporting: { state: "submitted", submittedLate: true } }),
    ],
    indicators: [],
    previous: null,
  });

  it("counts every action once by stage, by confidence and by system state", () => {
    const o = report.overview;
    expect(o.actions).toBe(5);
    expect(o.byStage).toMatchObject({ underway: 3, complete: 1, not_yet_reported: 1, not_started: 0 });
    expect(o.byConfidence).toMatchObject({ on_track: 2, at_risk: 1, no_rating: 1, not_yet_reported: 1 });
    expect(o.bySystemState).toEqual({ current: 3, stale: 1, not_yet_reported: 1 });
  });

  it("counts reporting compliance by state, and late submissions", () => {
    expect(report.overview.reporting).toEqual({
      byState: { due: 0, draft: 0, submitted: 1, approved: 0, published: 3, late: 0 },
      notExpected: 1,
      submittedLate: 1,
    });
  });

  it("groups actions under their workstream, in code order", () => {
    expect(report.workstreams.map((w) => [w.number, w.actions.map((a) => a.code)])).toEqual([
      [1, ["1.1", "1.2"]],
      [2, ["2.1", "2.2", "2.3"]],
    ]);
    expect(report.workstreams[0]!.actions[0]!.update?.narrative).toBe("Narrative for 1.1");
  });

  it("sorts action codes numerically, not as text", () => {
    const r = buildQuarterlyReport({
      period: PERIOD,
      actions: [action("1.10"), action("1.2")],
      indicators: [],
      previous: null,
    });
    expect(r.workstreams[0]!.actions.map((a) => a.code)).toEqual(["1.2", "1.10"]);
  });
});

describe("quarterly report: exceptions", () => {
  const report = buildQuarterlyReport({
    period: PERIOD,
    actions: [
      action("1.1"),
      action("1.2", { confidence: "at_risk" }),
      action("1.3", { confidence: "unachievable" }),
      action("1.4", { baselineDue: "2026-06-30", forecastDue: "2026-12-31" }),
      action("1.5", { systemState: "stale" }),
      action("1.6", { reporting: { state: "late", submittedLate: false } }),
      action("1.7", { reporting: { state: "published", submittedLate: true } }),
      action("1.8", { stage: "complete", confidence: null, reporting: { state: "late", submittedLate: false } }),
    ],
    indicators: [],
    previous: null,
  });
  const codes = (list: { code: string }[] | null) => list?.map((a) => a.code);

  it("lists at risk, unachievable, slipped and stale actions", () => {
    expect(codes(report.exceptions.atRisk)).toEqual(["1.2"]);
    expect(codes(report.exceptions.unachievable)).toEqual(["1.3"]);
    expect(report.exceptions.slipped).toEqual([
      { code: "1.4", title: "Action 1.4", baselineDue: "2026-06-30", forecastDue: "2026-12-31", milestones: [] },
    ]);
    expect(codes(report.exceptions.stale)).toEqual(["1.5"]);
  });

  it("lists late reporting: late (unless finished), or submitted after grace", () => {
    expect(codes(report.exceptions.lateReporting)).toEqual(["1.6", "1.7"]);
    expect(report.exceptions.lateReporting![1]).toMatchObject({ leadAgency: "TEC", submittedLate: true });
  });
});

describe("quarterly report: indicators", () => {
  const one = (over: Parameters<typeof indicator>[1]) =>
    buildQuarterlyReport({ period: PERIOD, actions: [], indicators: [indicator("I1", over)], previous: null })
      .indicators[0]!;

  it("gives the total reading, the change since the previous one and whether it is toward the target", () => {
    expect(one({})).toMatchObject({ value: 50, changeSincePrevious: 5, trend: "better", targetMet: false });
    expect(one({ direction: "decrease" })).toMatchObject({ trend: "worse", targetMet: true });
    expect(one({ readings: [{ breakdownKind: "total", breakdownValue: "", value: 61 }] })).toMatchObject({
      targetMet: true,
    });
  });

  it("for 'maintain', better means closer to the target", () => {
    const target = { value: 50, date: "2027-06-30" };
    expect(one({ direction: "maintain", target, previous: { periodLabel: "2026 Q2", value: 55 } }).trend).toBe(
      "better",
    );
    expect(one({ direction: "maintain", target, readings: [], previous: null }).trend).toBeNull();
    expect(
      one({
        direction: "maintain",
        target,
        readings: [{ breakdownKind: "total", breakdownValue: "", value: 44 }],
        previous: { periodLabel: "2026 Q2", value: 48 },
      }).trend,
    ).toBe("worse");
  });

  it("ignores breakdown readings and says nothing without a total", () => {
    const i = one({ readings: [{ breakdownKind: "population_group", breakdownValue: "maori", value: 30 }] });
    expect(i).toMatchObject({ value: null, changeSincePrevious: null, trend: null, targetMet: null });
  });

  it("has no change without a previous reading", () => {
    expect(one({ previous: null })).toMatchObject({ value: 50, changeSincePrevious: null, trend: null });
  });
});

describe("quarterly report: what changed since the previous period", () => {
  it("is absent when there is no earlier closed period", () => {
    expect(
      buildQuarterlyReport({ period: PERIOD, actions: [action("1.1")], indicators: [], previous: null }).changes,
    ).toBeNull();
  });

  it("lists stage and confidence changes, newly complete, new slips, newly stale and new actions", () => {
    const before = [
      action("1.1"),
      action("1.2"),
      action("1.3"),
      action("1.4"),
      action("1.5", { stage: "complete", confidence: null }),
      action("1.6", { forecastDue: "2027-06-30" }),
      action("1.7", { systemState: "stale" }),
    ];
    const now = [
      action("1.1"),
      action("1.2", { confidence: "at_risk" }),
      action("1.3", { stage: "complete", confidence: null }),
      action("1.4", { forecastDue: "2027-03-31", systemState: "stale" }),
      action("1.5", { stage: "complete", confidence: null }),
      action("1.6", { forecastDue: "2027-09-30" }),
      action("1.7", { systemState: "stale" }),
      action("1.8"),
    ];
    const c = changesSince("2026 Q2", before, now);
    const codes = (l: { code: string }[]) => l.map((a) => a.code);
    expect(c.previousPeriod).toBe("2026 Q2");
    expect(c.stage).toEqual([{ code: "1.3", title: "Action 1.3", from: "underway", to: "complete" }]);
    expect(c.confidence).toEqual([
      { code: "1.2", title: "Action 1.2", from: "on_track", to: "at_risk" },
      { code: "1.3", title: "Action 1.3", from: "on_track", to: null },
    ]);
    expect(codes(c.newlyComplete)).toEqual(["1.3"]);
    // 1.6 had already slipped: slipping further is not a new slip.
    expect(codes(c.newSlips)).toEqual(["1.4"]);
    // 1.7 was already stale.
    expect(codes(c.newlyStale)).toEqual(["1.4"]);
    expect(codes(c.newActions)).toEqual(["1.8"]);
  });
});
