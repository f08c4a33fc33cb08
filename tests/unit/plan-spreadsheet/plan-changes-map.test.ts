import { describe, expect, it } from "vitest";
import { emptyPlan, validateChanges } from "@/lib/plan-changes";
import { checkWorkbook, diffPlan, type RawWorkbook } from "@/lib/plan-spreadsheet";
import { planChangesFrom, sheetsFromSnapshot } from "@/lib/plan-spreadsheet/plan-changes-map";
import { AGENCIES, smallPlan } from "./fixtures";

const raw = (sheets: Record<string, Record<string, string>[]>): RawWorkbook => ({
  format: "json",
  problems: [],
  sheets: Object.fromEntries(
    Object.entries(sheets).map(([n, rows]) => [n, rows.map((cells, i) => ({ row: i + 2, cells }))]),
  ),
});

/** The small plan as the contract holds it, built by adding every row to an empty plan. */
async function snapshotOfSmallPlan() {
  const plan = emptyPlan();
  for (const a of AGENCIES) plan.agencies.set(a.slug, { retired: a.retired });
  const checked = await checkWorkbook(raw(smallPlan()), { agencies: AGENCIES, current: sheetsFromSnapshot(plan) });
  const { changes } = planChangesFrom(diffPlan(sheetsFromSnapshot(plan), checked.sheets), "Baseline.");
  const result = validateChanges(plan, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

describe("the layout and the plan-change contract", () => {
  it("adds a whole plan as changes the contract accepts, and reads it back as the same sheets", async () => {
    const plan = await snapshotOfSmallPlan();
    expect(plan.items.milestone.get("1.1/M1")).toEqual({
      title: "First",
      titleMi: null,
      baselineDue: "2024-06-30",
      weight: 1,
    });
    expect(plan.dependencies).toEqual(new Set(["1.2:1.1"]));
    expect(sheetsFromSnapshot(plan)).toEqual(smallPlan());
  });

  it("names a change by what it touches: dates a re-phase, agencies a re-assignment, else a change", async () => {
    const plan = await snapshotOfSmallPlan();
    const current = sheetsFromSnapshot(plan);
    const [a1, a2] = current.actions;
    const incoming = raw({
      actions: [
        { ...a1!, baseline_due: "2026-01-31" },
        { ...a2!, lead_agency: "moe", contributing_agencies: "tec" },
      ],
      workstreams: [{ ...current.workstreams[0]!, title_mi: "" }],
    });
    const checked = await checkWorkbook(incoming, { agencies: AGENCIES, current });
    const { changes, origins } = planChangesFrom(diffPlan(current, checked.sheets), "Review.");
    expect(changes.map((c) => [c.entity, c.key, c.kind, c.fields])).toEqual([
      ["workstream", "1", "change", { titleMi: { before: "Rōpū mahi", after: null } }],
      ["action", "1.1", "rephase", { baselineDue: { before: "2025-06-30", after: "2026-01-31" } }],
      [
        "action",
        "1.2",
        "reassign",
        { leadAgency: { before: "tec", after: "moe" }, contributors: { before: ["moe"], after: ["tec"] } },
      ],
    ]);
    expect(origins).toEqual([
      { sheet: "workstreams", row: 2 },
      { sheet: "actions", row: 2 },
      { sheet: "actions", row: 3 },
    ]);
    expect(validateChanges(plan, changes).ok).toBe(true);
  });
});
