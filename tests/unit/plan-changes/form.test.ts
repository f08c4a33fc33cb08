import { describe, expect, it } from "vitest";
import { changeFromForm, formValuesOf } from "@/lib/plan-changes";
import { nextVersion } from "@/lib/plan-changes/versions";

const action = {
  title: "Careers plan",
  titleMi: null,
  description: "d",
  workstream: "1",
  recommendations: ["2"],
  leadAgency: "tec",
  contributors: [],
  foundational: false,
  baselineStart: "2024-01-01",
  baselineDue: "2024-12-31",
  planState: "active",
  supersededBy: [],
};

describe("turning an edit form into a change request", () => {
  const posted = { ...formValuesOf("action", action) };

  it("shows a plan item's fields as form values", () => {
    expect(posted).toMatchObject({ title: "Careers plan", titleMi: "", recommendations: ["2"], foundational: "" });
  });

  it("is nothing when nothing differs", () => {
    expect(changeFromForm("action", "1.4", action, posted, "r")).toBeNull();
  });

  it("keeps only the fields that differ, with their values before", () => {
    const change = changeFromForm(
      "action",
      "1.4",
      action,
      { ...posted, titleMi: " Mahere ā-umanga ", foundational: "yes" },
      " r ",
    );
    expect(change).toEqual({
      kind: "change",
      entity: "action",
      key: "1.4",
      fields: { titleMi: { before: null, after: "Mahere ā-umanga" }, foundational: { before: false, after: true } },
      reason: "r",
    });
  });

  it("names a dates-only edit a re-phase and an agencies-only edit a re-assignment", () => {
    expect(changeFromForm("action", "1.4", action, { ...posted, baselineDue: "2025-06-30" }, "r")?.kind).toBe(
      "rephase",
    );
    expect(
      changeFromForm("action", "1.4", action, { ...posted, leadAgency: "moe", contributors: ["tec"] }, "r")?.kind,
    ).toBe("reassign");
  });

  it("adds an item with every field when there is none", () => {
    const change = changeFromForm(
      "milestone",
      "1.4/M3",
      null,
      { title: "Done", baselineDue: "2025-01-31", weight: "2" },
      "r",
    );
    expect(change).toMatchObject({
      kind: "add",
      fields: { title: { after: "Done" }, titleMi: { after: null }, weight: { after: 2 } },
    });
  });
});

describe("numbering plan versions", () => {
  it("follows the newest published version", () => {
    expect(nextVersion(["1.0"])).toBe("1.1");
    expect(nextVersion(["1.0", "1.9", "1.1"])).toBe("1.10");
    expect(nextVersion(["2.0", "1.4"])).toBe("2.1");
    expect(nextVersion([])).toBe("1.0");
  });
});
