import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/workflow/form-data-to-object";
import { validateUpdateForm } from "@/lib/workflow/update-input";

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formDataToObject", () => {
  it("nests dotted names into objects and arrays", () => {
    const data = form([
      ["stage", "underway"],
      ["evidenceLinks.0.title", "Cabinet paper"],
      ["evidenceLinks.0.url", "https://example.org/a"],
      ["evidenceLinks.1.title", "Report"],
      ["evidenceLinks.1.url", "https://example.org/b"],
      ["criterionAssessments.0.criterionId", "101"],
      ["criterionAssessments.0.met", "on"],
    ]);
    expect(formDataToObject(data)).toEqual({
      stage: "underway",
      evidenceLinks: [
        { title: "Cabinet paper", url: "https://example.org/a" },
        { title: "Report", url: "https://example.org/b" },
      ],
      criterionAssessments: [{ criterionId: "101", met: "on" }],
    });
  });

  it("ignores names that could reach a prototype, huge indexes, files and clashing shapes", () => {
    const data = form([
      ["__proto__.polluted", "yes"],
      ["evidenceLinks.constructor.prototype.polluted", "yes"],
      ["evidenceLinks.100000.url", "https://example.org"],
      ["0.stage", "underway"],
      ["attachment", new Blob(["x"])],
      ["risks", "first"],
      ["risks", "second"],
      ["risks.0", "clash"],
      ["a..b", "empty segment"],
    ]);
    const result = formDataToObject(data);
    expect(result).toEqual({ risks: "first" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives error keys that are the form's own field names", () => {
    const data = form([
      ["stage", "underway"],
      ["confidence", "on_track"],
      ["publicNarrative", "Progressing."],
      ["version", "2"],
      ["milestoneCompletions.0.milestoneId", "201"],
      ["milestoneCompletions.0.completedOn", "2099-01-01"],
    ]);
    const result = validateUpdateForm(
      formDataToObject(data),
      { baselineDue: "2025-12-31", criteria: [], milestones: [{ id: 201 }] },
      "2025-08-01",
      "submit",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(["milestoneCompletions.0.completedOn"]);
    expect(data.has("milestoneCompletions.0.completedOn")).toBe(true);
  });
});
