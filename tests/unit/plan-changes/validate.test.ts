import { describe, expect, it } from "vitest";
import { emptyPlan, validateChanges, type PlanChange, type PlanSnapshot } from "@/lib/plan-changes";

/** A small plan: workstreams 1 and 2, actions 1.1, 1.2 and 2.1 (2.1 waits for 1.1), and 1.3 stopped. */
function plan(): PlanSnapshot {
  const p = emptyPlan();
  p.agencies.set("tec", { retired: false });
  p.agencies.set("moe", { retired: false });
  p.agencies.set("old", { retired: true });
  p.items.focus_area.set("1", { title: "Focus", titleMi: null, description: "d" });
  p.items.recommendation.set("1", { focusArea: "1", title: "Rec", titleMi: null, description: "d" });
  for (const n of ["1", "2"]) {
    p.items.workstream.set(n, {
      title: `WS ${n}`,
      titleMi: null,
      description: "d",
      leadAgency: "tec",
      recommendations: ["1"],
    });
  }
  const action = (workstream: string, planState = "active") => ({
    title: "An action",
    titleMi: null,
    description: "d",
    workstream,
    recommendations: [],
    leadAgency: "tec",
    contributors: [],
    foundational: false,
    baselineStart: "2024-01-01",
    baselineDue: "2024-12-31",
    planState,
    supersededBy: [],
  });
  p.items.action.set("1.1", action("1"));
  p.items.action.set("1.2", action("1"));
  p.items.action.set("1.3", action("1", "not_proceeding"));
  p.items.action.set("2.1", action("2"));
  p.items.milestone.set("1.1/M1", { title: "First", titleMi: null, baselineDue: "2024-06-30", weight: 1 });
  p.dependencies.add("2.1:1.1");
  return p;
}

const reason = "Agreed at the review.";
const retitle = (key: string, before: string, after: string): PlanChange => ({
  kind: "change",
  entity: "action",
  key,
  fields: { title: { before, after } },
  reason,
});
const newAction = (key: string, workstream = key.split(".")[0]!): PlanChange => ({
  kind: "add",
  entity: "action",
  key,
  fields: {
    title: { after: "New" },
    description: { after: "New action" },
    workstream: { after: workstream },
    leadAgency: { after: "moe" },
    baselineStart: { after: "2025-01-01" },
    baselineDue: { after: "2025-06-30" },
  },
  reason,
});
const messages = (result: ReturnType<typeof validateChanges>) =>
  result.ok ? [] : result.problems.map((p) => p.message);

describe("validating plan changes", () => {
  it("applies a change and leaves the plan it was given as it was", () => {
    const before = plan();
    const result = validateChanges(before, [retitle("1.1", "An action", "Te mahi tuatahi: ā")]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.items.action.get("1.1")?.title).toBe("Te mahi tuatahi: ā");
    expect(before.items.action.get("1.1")?.title).toBe("An action");
  });

  it("refuses a change whose before is not the plan's value", () => {
    expect(messages(validateChanges(plan(), [retitle("1.1", "Another title", "X")]))[0]).toMatch(
      /the plan changed since/,
    );
  });

  it("checks each change against the plan as the earlier ones left it", () => {
    const result = validateChanges(plan(), [retitle("1.1", "An action", "B"), retitle("1.1", "B", "C")]);
    expect(result.ok).toBe(true);
  });

  it("refuses unknown keys, unknown fields and a kind the item does not take", () => {
    const problems = messages(
      validateChanges(plan(), [
        retitle("9.9", "x", "y"),
        { kind: "change", entity: "action", key: "1.1", fields: { colour: { before: null, after: "red" } }, reason },
        { kind: "merge", entity: "focus_area", key: "1", fields: {}, reason },
        { kind: "change", entity: "milestone", key: "1.1-M1", fields: {}, reason },
      ]),
    );
    expect(problems).toEqual([
      "There is no action 9.9 in the plan.",
      'Actions have no field "colour".',
      'Focus areas can\'t take a change of kind "merge".',
      '"1.1-M1" is not a milestone key: use an action code, /M and a position, such as 1.4/M2.',
    ]);
  });

  it("requires a reason", () => {
    const result = validateChanges(plan(), [{ ...retitle("1.1", "An action", "B"), reason: "  " }]);
    expect(result.ok ? null : result.problems[0]).toMatchObject({ field: "reason", index: 0 });
  });

  it("adds an action with a new code and refuses a duplicate or a reused one", () => {
    expect(validateChanges(plan(), [newAction("1.4")]).ok).toBe(true);
    expect(messages(validateChanges(plan(), [newAction("1.4"), newAction("1.4")]))).toEqual([
      "Action 1.4 already exists.",
    ]);
    expect(messages(validateChanges(plan(), [newAction("1.3")]))).toEqual([
      "Code 1.3 was used by an action that is not proceeding: codes are never reused.",
    ]);
  });

  it("refuses a new action missing what it needs, under another workstream or naming a retired agency", () => {
    const bad = newAction("1.5", "2");
    bad.fields.title = { after: "" };
    bad.fields.leadAgency = { after: "old" };
    const problems = validateChanges(plan(), [bad]);
    expect(problems.ok ? [] : problems.problems.map((p) => p.field)).toEqual(["title", "leadAgency", "workstream"]);
  });

  it("stops an action, which then takes no other change, and keeps its code", () => {
    const stop: PlanChange = { kind: "stop", entity: "action", key: "1.2", fields: {}, reason };
    const result = validateChanges(plan(), [stop]);
    expect(result.ok && result.plan.items.action.get("1.2")?.planState).toBe("not_proceeding");
    expect(messages(validateChanges(plan(), [stop, retitle("1.2", "An action", "X")]))).toEqual([
      "Action 1.2 is no longer active in the plan (not proceeding).",
    ]);
  });

  it("merges an action into one added in the same set, and splits one into two", () => {
    const merge: PlanChange = {
      kind: "merge",
      entity: "action",
      key: "1.2",
      fields: { supersededBy: { after: ["1.4"] } },
      reason,
    };
    const merged = validateChanges(plan(), [newAction("1.4"), merge]);
    expect(merged.ok && merged.plan.items.action.get("1.2")).toMatchObject({
      planState: "superseded",
      supersededBy: ["1.4"],
    });
    expect(messages(validateChanges(plan(), [merge]))).toEqual(["There is no action 1.4 in the plan (add it first)."]);
    const split: PlanChange = {
      kind: "split",
      entity: "action",
      key: "1.1",
      fields: { supersededBy: { after: ["1.2"] } },
      reason,
    };
    expect(messages(validateChanges(plan(), [split]))).toEqual(["Name the two or more actions it splits into."]);
  });

  it("re-phases dates only, and never a due date before the start", () => {
    const rephase = (fields: PlanChange["fields"]): PlanChange => ({
      kind: "rephase",
      entity: "action",
      key: "1.1",
      fields,
      reason,
    });
    expect(validateChanges(plan(), [rephase({ baselineDue: { before: "2024-12-31", after: "2025-06-30" } })]).ok).toBe(
      true,
    );
    expect(messages(validateChanges(plan(), [rephase({ title: { before: "An action", after: "X" } })]))).toEqual([
      'A rephase can\'t set "title".',
    ]);
    expect(
      messages(validateChanges(plan(), [rephase({ baselineDue: { before: "2024-12-31", after: "2023-06-30" } })])),
    ).toEqual(["The baseline due date can't be before the baseline start."]);
  });

  it("refuses a dependency cycle and names it", () => {
    const result = validateChanges(plan(), [
      { kind: "add", entity: "dependency", key: "1.2:2.1", fields: {}, reason },
      { kind: "add", entity: "dependency", key: "1.1:1.2", fields: {}, reason },
    ]);
    expect(result.ok ? null : result.problems).toEqual([
      { index: 1, key: "1.1:1.2", message: "These dependencies would make a cycle: 1.1 → 1.2 → 2.1 → 1.1." },
    ]);
  });

  it("keeps a milestone or criterion that updates have reported against, with its history", () => {
    const reported = plan();
    reported.reported.add("1.1/M1");
    const stop: PlanChange = { kind: "stop", entity: "milestone", key: "1.1/M1", fields: {}, reason };
    expect(messages(validateChanges(reported, [stop]))).toEqual([
      "Milestone 1.1/M1 has progress reported against it, so it stays in the plan with its history. Change its wording or dates instead.",
    ]);
    expect(validateChanges(plan(), [stop]).ok).toBe(true);
  });

  it("adds and removes milestones, and a criterion only up to the third", () => {
    const result = validateChanges(plan(), [
      { kind: "stop", entity: "milestone", key: "1.1/M1", fields: {}, reason },
      {
        kind: "add",
        entity: "milestone",
        key: "1.1/M2",
        fields: { title: { after: "Second" }, baselineDue: { after: "2024-09-30" }, weight: { after: 2 } },
        reason,
      },
    ]);
    expect(result.ok && [...result.plan.items.milestone.keys()]).toEqual(["1.1/M2"]);
    expect(
      messages(
        validateChanges(plan(), [
          { kind: "add", entity: "criterion", key: "1.1/C4", fields: { description: { after: "x" } }, reason },
        ]),
      ),
    ).toEqual(["An action has at most three completion criteria (C1 to C3)."]);
  });
});
