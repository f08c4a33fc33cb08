import { describe, expect, it } from "vitest";
import { HOME_LIST_ROWS, pageOf } from "@/lib/paging/pages";
import type { StatusChange } from "@/lib/public/changes-since";
import { concernOf, statusChangesWorstFirst, worseningOf, worstChangesFirst } from "@/lib/public/rank-status-changes";
import type { StatusAt } from "@/lib/public/types";
import { publicAction, publicPlan } from "../../support/public-fixtures";

type Stage = NonNullable<StatusAt>["stage"];
type Confidence = NonNullable<StatusAt>["confidence"];
const s = (stage: Stage, confidence: Confidence = null): NonNullable<StatusAt> => ({ stage, confidence });
const change = (code: string, from: StatusAt, to: NonNullable<StatusAt>): StatusChange => ({
  code,
  title: `Action ${code}`,
  from,
  to,
  kind: from ? "confidence" : "first_report",
});

describe("worstChangesFirst", () => {
  it("rates a status by how much it should worry a reader: doubt, then stopped, then open work, then finished", () => {
    const ordered = [
      s("underway", "unachievable"),
      s("underway", "at_risk"),
      s("not_proceeding"),
      s("underway", "feasible"),
      s("underway", "probable"),
      s("underway", "on_track"),
      s("complete"),
    ].map(concernOf);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
    expect(new Set(ordered).size).toBe(ordered.length);
    expect(concernOf(s("completed_modified"))).toBe(concernOf(s("complete")));
    expect(concernOf(s("not_started"))).toBe(concernOf(s("underway", "probable")));
  });

  it("puts the actions that got worse first, biggest fall first, then every other change by how worrying it is now", () => {
    const changes = [
      change("1.1", s("underway", "at_risk"), s("complete")), // improved a lot
      change("1.2", s("underway", "on_track"), s("underway", "feasible")), // worse by 2
      change("1.3", null, s("underway", "at_risk")), // first report, worrying
      change("1.4", s("underway", "on_track"), s("underway", "unachievable")), // worse by 5
      change("1.5", s("underway", "feasible"), s("underway", "probable")), // improved by 1
      change("1.6", null, s("underway", "on_track")), // first report
      change("1.7", s("underway", "probable"), s("not_started")), // same level
    ];
    // 1.3 (at risk) before 1.5 and 1.7 (probable, by code) before 1.6 (on track) before 1.1 (complete).
    expect(worstChangesFirst(changes).map((c) => c.code)).toEqual(["1.4", "1.2", "1.3", "1.5", "1.7", "1.6", "1.1"]);
    expect(worseningOf(changes[2]!)).toBe(0);
  });

  it("orders equal changes by code, numerically, and leaves its input alone", () => {
    const changes = ["2.10", "2.9", "10.1"].map((code) => change(code, s("underway", "on_track"), s("complete")));
    expect(worstChangesFirst(changes).map((c) => c.code)).toEqual(["2.9", "2.10", "10.1"]);
    expect(changes.map((c) => c.code)).toEqual(["2.10", "2.9", "10.1"]);
  });

  it("keeps the home page's rows to the worst HOME_LIST_ROWS and counts them all", () => {
    const changes = Array.from({ length: 57 }, (_, i) =>
      change(`1.${i + 1}`, s("underway", "on_track"), i % 19 === 0 ? s("underway", "at_risk") : s("complete")),
    );
    const { rows, total } = pageOf(worstChangesFirst(changes), { page: 1, pageSize: HOME_LIST_ROWS });
    expect(total).toBe(57);
    expect(rows).toHaveLength(HOME_LIST_ROWS);
    expect(HOME_LIST_ROWS).toBe(10);
    // The three that slipped to at risk lead; the rest are the first completions by code.
    expect(rows.map((c) => c.code)).toEqual(["1.1", "1.20", "1.39", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"]);
  });

  it("ranks a plan's changes since the previous period, leaving out the actions that did not change", () => {
    const plan = publicPlan(
      [
        publicAction({ code: "1.1", closedStatus: { previous: s("underway", "at_risk"), latest: s("complete") } }),
        publicAction({
          code: "1.2",
          closedStatus: { previous: s("underway", "on_track"), latest: s("underway", "on_track") },
        }),
        publicAction({
          code: "1.3",
          closedStatus: { previous: s("underway", "probable"), latest: s("underway", "at_risk") },
        }),
      ],
      2,
    );
    expect(statusChangesWorstFirst(plan).map((c) => c.code)).toEqual(["1.3", "1.1"]);
  });
});
