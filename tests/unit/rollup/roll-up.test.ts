import { describe, expect, it } from "vitest";
import { formatMix, rollUp, type RollUpItem } from "@/lib/rollup/roll-up";

let n = 0;
function item(overrides: Partial<RollUpItem>): RollUpItem {
  n += 1;
  return {
    code: `9.${n}`,
    title: `Action ${n}`,
    stage: "underway",
    confidence: "on_track",
    systemState: "current",
    progressPercent: 50,
    ...overrides,
  };
}
const neverReported = (o: Partial<RollUpItem> = {}) =>
  item({
    stage: null,
    confidence: null,
    systemState: "not_yet_reported",
    progressPercent: null,
    ...o,
  });

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe("rollUp", () => {
  it("handles no items: all keys present at zero, no worst, no mean", () => {
    const r = rollUp([]);
    expect(r.total).toBe(0);
    expect(r.byStage).toEqual({
      not_started: 0,
      underway: 0,
      complete: 0,
      completed_modified: 0,
      not_proceeding: 0,
      not_yet_reported: 0,
    });
    expect(r.byConfidence).toEqual({
      on_track: 0,
      probable: 0,
      feasible: 0,
      at_risk: 0,
      unachievable: 0,
      stale: 0,
      not_yet_reported: 0,
      no_rating: 0,
    });
    expect(r.stale).toBe(0);
    expect(r.worst).toBeNull();
    expect(r.progress).toEqual({ meanPercent: null, basedOn: 0, excluded: 0 });
    expect(r.explanation).toEqual(["There are no actions to count."]);
  });

  it("counts a realistic mix, each action exactly once", () => {
    const items = [
      item({ code: "1.1", confidence: "on_track", progressPercent: 40 }),
      item({ code: "1.2", confidence: "on_track", progressPercent: 60 }),
      item({ code: "1.3", stage: "not_started", confidence: "probable", progressPercent: 0 }),
      item({ code: "2.1", confidence: "at_risk", progressPercent: 20 }),
      item({ code: "2.2", confidence: "unachievable", systemState: "stale", progressPercent: 10 }),
      item({ code: "2.3", stage: "complete", confidence: null, progressPercent: 100 }),
      item({ code: "2.4", stage: "not_proceeding", confidence: null, progressPercent: null }),
      neverReported({ code: "3.1" }),
      neverReported({ code: "3.2", progressPercent: 75 }), // milestones done but never reported: still left out
    ];
    const r = rollUp(items);
    expect(r.total).toBe(9);
    expect(r.byStage).toEqual({
      not_started: 1,
      underway: 4,
      complete: 1,
      completed_modified: 0,
      not_proceeding: 1,
      not_yet_reported: 2,
    });
    expect(r.byConfidence).toEqual({
      on_track: 2,
      probable: 1,
      feasible: 0,
      at_risk: 1,
      unachievable: 0, // 2.2's unachievable rating is stale, so it counts as stale instead
      stale: 1,
      not_yet_reported: 2,
      no_rating: 2,
    });
    expect(sum(r.byConfidence)).toBe(r.total);
    expect(sum(r.byStage)).toBe(r.total);
    expect(r.stale).toBe(1);
    // A stale "unachievable" ranks as stale, below a current at_risk.
    expect(r.worst?.code).toBe("2.1");
    // (40 + 60 + 0 + 20 + 10 + 100) / 6 = 38.33
    expect(r.progress).toEqual({ meanPercent: 38, basedOn: 6, excluded: 3 });
    expect(r.explanation).toEqual([
      "9 actions, each counted once under its primary workstream.",
      "2 actions have not yet reported; they are shown separately, not as 0 %.",
      "1 action is stale: no published update for the latest closed reporting period.",
      "2 actions have no confidence rating.",
      "Progress is the average of 6 actions' milestone completion; 3 without milestones or reports are left out.",
    ]);
    expect(formatMix(r.byConfidence)).toBe(
      "2 on track · 1 probable · 1 at risk · 1 stale · 2 not yet reported · 2 no rating",
    );
  });

  it("keeps stale items under their stage in byStage", () => {
    const r = rollUp([item({ stage: "not_started", systemState: "stale", confidence: "feasible" })]);
    expect(r.byStage.not_started).toBe(1);
    expect(r.byConfidence.stale).toBe(1);
    expect(r.byConfidence.feasible).toBe(0);
    expect(r.stale).toBe(1);
  });

  it("keeps a finished action's rating when it has one", () => {
    const r = rollUp([item({ stage: "completed_modified", confidence: "probable" })]);
    expect(r.byConfidence.probable).toBe(1);
    expect(r.byConfidence.no_rating).toBe(0);
    expect(r.worst).toBeNull(); // finished items are never the worst
  });

  it("puts an open, current, unrated action under no_rating and never makes it the worst", () => {
    const r = rollUp([item({ code: "1.1", confidence: null })]);
    expect(r.byConfidence.no_rating).toBe(1);
    expect(r.worst).toBeNull();
  });

  describe("worst", () => {
    const ladder: [string, Partial<RollUpItem>][] = [
      ["unachievable", { confidence: "unachievable" }],
      ["at_risk", { confidence: "at_risk" }],
      ["stale", { confidence: "on_track", systemState: "stale" }],
      ["not_yet_reported", { stage: null, confidence: null, systemState: "not_yet_reported" }],
      ["feasible", { confidence: "feasible" }],
      ["probable", { confidence: "probable" }],
      ["on_track", { confidence: "on_track" }],
    ];

    it("follows the severity order", () => {
      for (let i = 0; i < ladder.length; i++) {
        // Give the more severe item the later code so only severity can pick it.
        const items = ladder.slice(i).map(([name, o], j) => item({ code: `${9 - j}.1`, title: name, ...o }));
        expect(rollUp(items).worst?.title).toBe(ladder[i]?.[0]);
        expect(rollUp([...items].reverse()).worst?.title).toBe(ladder[i]?.[0]);
      }
    });

    it("breaks ties by natural code order", () => {
      const items = [
        item({ code: "2.10", confidence: "at_risk" }),
        item({ code: "2.9", confidence: "at_risk" }),
        item({ code: "10.1", confidence: "at_risk" }),
      ];
      expect(rollUp(items).worst?.code).toBe("2.9");
      expect(rollUp([...items].reverse()).worst?.code).toBe("2.9");
    });

    it("never picks a finished item, even with a bad rating", () => {
      const r = rollUp([
        item({ code: "1.1", stage: "not_proceeding", confidence: "unachievable" }),
        item({ code: "1.2", stage: "complete", confidence: "at_risk" }),
        item({ code: "1.3", confidence: "on_track" }),
      ]);
      expect(r.worst?.code).toBe("1.3");
    });

    it("is null when every item is finished", () => {
      expect(rollUp([item({ stage: "complete", confidence: null })]).worst).toBeNull();
    });
  });

  describe("progress", () => {
    it("excludes never-reported items even with a number, and items without one", () => {
      const r = rollUp([
        item({ progressPercent: 30 }),
        item({ progressPercent: null }),
        neverReported({ progressPercent: 90 }),
      ]);
      expect(r.progress).toEqual({ meanPercent: 30, basedOn: 1, excluded: 2 });
    });

    it("includes stale items that have a number", () => {
      const r = rollUp([item({ progressPercent: 20 }), item({ systemState: "stale", progressPercent: 81 })]);
      expect(r.progress).toEqual({ meanPercent: 51, basedOn: 2, excluded: 0 }); // 50.5 rounds up
    });

    it("counts 0 % as a real figure", () => {
      const r = rollUp([item({ progressPercent: 0 }), item({ progressPercent: 0 })]);
      expect(r.progress).toEqual({ meanPercent: 0, basedOn: 2, excluded: 0 });
    });

    it("has no mean when nothing qualifies", () => {
      expect(rollUp([neverReported(), neverReported()]).progress).toEqual({
        meanPercent: null,
        basedOn: 0,
        excluded: 2,
      });
    });
  });

  describe("explanation", () => {
    it("uses singular forms for one", () => {
      const r = rollUp([neverReported()]);
      expect(r.explanation).toEqual([
        "1 action, counted once under its primary workstream.",
        "1 action has not yet reported; it is shown separately, not as 0 %.",
        "No progress figure is shown: no action has both milestones and a report yet.",
      ]);
    });

    it("uses plural forms and drops sentences that do not apply", () => {
      const r = rollUp([
        item({ systemState: "stale", progressPercent: 10 }),
        item({ systemState: "stale", progressPercent: 20 }),
        item({ progressPercent: null }),
      ]);
      expect(r.explanation).toEqual([
        "3 actions, each counted once under its primary workstream.",
        "2 actions are stale: no published update for the latest closed reporting period.",
        "Progress is the average of 2 actions' milestone completion; 1 without milestones or reports is left out.",
      ]);
    });

    it("omits the left-out clause when nothing is left out", () => {
      const r = rollUp([item({ progressPercent: 10 })]);
      expect(r.explanation).toEqual([
        "1 action, counted once under its primary workstream.",
        "Progress is the average of 1 action's milestone completion.",
      ]);
    });
  });
});

describe("formatMix", () => {
  const empty = {
    on_track: 0,
    probable: 0,
    feasible: 0,
    at_risk: 0,
    unachievable: 0,
    stale: 0,
    not_yet_reported: 0,
    no_rating: 0,
  };

  it('says "no actions" when there are none', () => {
    expect(formatMix(empty)).toBe("no actions");
  });

  it("lists non-zero categories in a fixed order with lower-case labels", () => {
    expect(formatMix({ ...empty, not_yet_reported: 1, at_risk: 2, on_track: 6 })).toBe(
      "6 on track · 2 at risk · 1 not yet reported",
    );
    expect(formatMix({ ...empty, no_rating: 1, unachievable: 1, feasible: 3, stale: 2, probable: 1 })).toBe(
      "1 probable · 3 feasible · 1 unachievable · 2 stale · 1 no rating",
    );
  });
});
