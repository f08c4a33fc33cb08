import { describe, expect, it } from "vitest";
import { actionRelations, predecessorLinks, successorLinks } from "@/lib/public/action-relations";
import { publicAction } from "./fixtures";

describe("predecessorLinks", () => {
  it("warns when a predecessor's forecast due is after this action's baseline start, with the days", () => {
    const pred = publicAction({
      code: "1.2",
      foundational: true,
      baselineDue: "2024-03-31",
      forecastDue: "2025-03-31",
      successors: ["1.3"],
    });
    const action = publicAction({ code: "1.3", baselineStart: "2024-04-01", predecessors: ["1.2"] });
    expect(predecessorLinks(action, [pred, action])).toEqual([
      {
        code: "1.2",
        title: "Action 1.2",
        foundational: true,
        effectiveDue: "2025-03-31",
        daysLate: 364,
        late: true,
      },
    ]);
  });

  it("uses the baseline due when there is no forecast, and does not warn when it ends in time", () => {
    const pred = publicAction({ code: "1.1", baselineDue: "2024-03-31" });
    const action = publicAction({ code: "1.3", baselineStart: "2024-04-01", predecessors: ["1.1"] });
    const [link] = predecessorLinks(action, [pred, action]);
    expect(link).toMatchObject({ effectiveDue: "2024-03-31", daysLate: 0, late: false });
  });

  it("does not warn when the predecessor is due on the day this action starts", () => {
    const pred = publicAction({ code: "1.1", baselineDue: "2024-04-01" });
    const action = publicAction({ code: "1.3", baselineStart: "2024-04-01", predecessors: ["1.1"] });
    expect(predecessorLinks(action, [pred, action])[0]?.late).toBe(false);
  });

  it("leaves out a code the plan does not have rather than failing", () => {
    const action = publicAction({ code: "1.3", predecessors: ["9.9"] });
    expect(predecessorLinks(action, [action])).toEqual([]);
  });
});

describe("successorLinks", () => {
  it("warns when a successor starts before this action's effective (forecast) due", () => {
    const action = publicAction({
      code: "1.2",
      baselineDue: "2024-03-31",
      forecastDue: "2024-06-30",
      successors: ["1.3", "7.4"],
    });
    const early = publicAction({ code: "1.3", baselineStart: "2024-04-01" });
    const later = publicAction({ code: "7.4", baselineStart: "2024-07-01" });
    const links = successorLinks(action, [action, early, later]);
    expect(links.map((l) => [l.code, l.late, l.daysOverlap])).toEqual([
      ["1.3", true, 90],
      ["7.4", false, 0],
    ]);
  });

  it("does not warn when the action is on time and the successor starts after it is due", () => {
    const action = publicAction({ code: "2.1", baselineDue: "2024-06-30", successors: ["2.2"] });
    const next = publicAction({ code: "2.2", baselineStart: "2024-07-01" });
    expect(successorLinks(action, [action, next])[0]).toMatchObject({ startsOn: "2024-07-01", late: false });
  });
});

describe("actionRelations", () => {
  it("agrees from both ends: a late predecessor is the same pair as a successor that starts too early", () => {
    const a = publicAction({ code: "1.2", baselineDue: "2024-03-31", forecastDue: "2024-05-31", successors: ["1.3"] });
    const b = publicAction({ code: "1.3", baselineStart: "2024-04-01", predecessors: ["1.2"] });
    const all = [a, b];
    expect(actionRelations(b, all).predecessors[0]?.late).toBe(true);
    expect(actionRelations(a, all).successors[0]?.late).toBe(true);
    expect(actionRelations(b, all).predecessors[0]?.daysLate).toBe(actionRelations(a, all).successors[0]?.daysOverlap);
  });

  it("flags no pair once either side is finished, as the dashboard and the timeline do, but keeps the days", () => {
    const done = { stage: "complete" as const, confidence: null, systemState: "current" as const };
    const a = publicAction({ code: "1.2", baselineDue: "2024-03-31", forecastDue: "2024-05-31", successors: ["1.3"] });
    const b = publicAction({ code: "1.3", baselineStart: "2024-04-01", predecessors: ["1.2"] });
    for (const all of [
      [{ ...a, status: { ...a.status, ...done } }, b],
      [a, { ...b, status: { ...b.status, ...done } }],
    ]) {
      const [pa, pb] = all as [typeof a, typeof b];
      expect(actionRelations(pb, all).predecessors[0]).toMatchObject({ late: false, daysLate: 60 });
      expect(actionRelations(pa, all).successors[0]).toMatchObject({ late: false, daysOverlap: 60 });
    }
  });
});
