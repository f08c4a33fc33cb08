import { describe, expect, it } from "vitest";
import { checkWorkbook, diffPlan, type RawWorkbook, type SheetName } from "@/lib/plan-spreadsheet";
import { AGENCIES, smallPlan } from "./fixtures";

/** A raw workbook holding just these rows (row numbers from 2, as under a header). */
function raw(sheets: Partial<Record<SheetName, Record<string, string>[]>>): RawWorkbook {
  return {
    format: "xlsx",
    problems: [],
    sheets: Object.fromEntries(
      Object.entries(sheets).map(([name, rows]) => [name, rows!.map((cells, i) => ({ row: i + 2, cells }))]),
    ),
  };
}

const context = { agencies: AGENCIES, current: smallPlan() };

describe("checking a workbook against the plan", async () => {
  it("names sheet, row and column of every bad cell", async () => {
    const action = { ...smallPlan().actions[0]!, code: "1.3", lead_agency: "NOPE", baseline_due: "soon" };
    const { problems } = await checkWorkbook(raw({ actions: [action] }), context);
    expect(problems).toEqual([
      { sheet: "actions", row: 2, column: "lead_agency", message: '"NOPE" is not an agency\'s slug or acronym.' },
      { sheet: "actions", row: 2, column: "baseline_due", message: '"soon" is not a date written YYYY-MM-DD.' },
    ]);
  });

  it("refuses a key given twice in one sheet", async () => {
    const a = smallPlan().actions[0]!;
    const { problems } = await checkWorkbook(raw({ actions: [a, a] }), context);
    expect(problems).toEqual([expect.objectContaining({ sheet: "actions", row: 3, column: "code" })]);
  });

  it("resolves references in the plan or in the file, and names those it cannot", async () => {
    const plan = smallPlan();
    const newWorkstream = { ...plan.workstreams[0]!, number: "2" };
    const inNew = { ...plan.actions[0]!, code: "2.1", workstream: "2" };
    const orphan = { ...plan.actions[0]!, code: "3.1", workstream: "3", recommendations: "9" };
    const milestone = { ...plan.milestones[0]!, action: "4.1" };
    const { problems } = await checkWorkbook(
      raw({ workstreams: [newWorkstream], actions: [inNew, orphan], milestones: [milestone] }),
      context,
    );
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      ["actions", 3, "workstream", "There is no workstream 3 in the plan or in this file."],
      ["actions", 3, "recommendations", "There is no recommendation 9 in the plan or in this file."],
      ["milestones", 2, "action", "There is no action 4.1 in the plan or in this file."],
    ]);
  });

  it("names a dependency cycle made with the plan's own dependencies", async () => {
    const { problems } = await checkWorkbook(raw({ dependencies: [{ action: "1.1", predecessor: "1.2" }] }), context);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "dependencies", row: 2, column: "predecessor" });
    expect(problems[0]!.message).toContain("1.1 → 1.2 → 1.1");
  });

  it("refuses a due date before the start", async () => {
    const a = { ...smallPlan().actions[0]!, baseline_due: "2023-01-01" };
    const { problems } = await checkWorkbook(raw({ actions: [a] }), context);
    expect(problems).toEqual([expect.objectContaining({ column: "baseline_due", row: 2 })]);
  });
});

describe("the diff", async () => {
  it("sorts rows into create, change (field by field), unchanged and absent", async () => {
    const plan = smallPlan();
    const changed = { ...plan.actions[0]!, title_mi: "Te mahi tuatahi", foundational: "yes" };
    const created = { ...plan.actions[0]!, code: "1.9" };
    const checked = await checkWorkbook(raw({ actions: [changed, created], focus_areas: plan.focus_areas }), context);
    expect(checked.problems).toEqual([]);
    const diff = diffPlan(plan, checked.sheets);
    const actions = diff.find((d) => d.sheet === "actions")!;
    expect(actions.create).toEqual([{ row: 3, key: "1.9", values: expect.objectContaining({ code: "1.9" }) }]);
    expect(actions.change).toEqual([
      {
        row: 2,
        key: "1.1",
        fields: [
          { column: "title_mi", before: "", after: "Te mahi tuatahi" },
          { column: "foundational", before: "no", after: "yes" },
        ],
      },
    ]);
    expect(actions.absent).toBe(1);
    expect(diff.find((d) => d.sheet === "focus_areas")).toMatchObject({ unchanged: 1, create: [], change: [] });
  });

  it("finds nothing to change when the file repeats the plan", async () => {
    const plan = smallPlan();
    const diff = diffPlan(plan, (await checkWorkbook(raw(plan), context)).sheets);
    expect(diff.every((d) => d.create.length === 0 && d.change.length === 0 && d.absent === 0)).toBe(true);
  });
});
