import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import staff from "@/messages/en/staff.json";
import staffMi from "@/messages/mi/staff.json";
import { characterCountMessage } from "@/components/staff/character-count";
import {
  CONTENT_FIELD_NAMES,
  CONTENT_FIELDS,
  contentFormValues,
  newContent,
  pickContent,
  pickPublicContent,
  publishedFields,
  PUBLIC_CONTENT_FIELDS,
} from "@/lib/workflow/update-content";
import { UPDATE_LIMITS } from "@/lib/workflow/update-fields";

const row = {
  id: 7,
  state: "published",
  stage: "underway",
  confidence: "at_risk",
  forecastDue: "2027-03-31",
  publicNarrative: "Consultation closed.",
  explanation: "Agencies asked for more time.",
  recoveryStep: "Extra workshops.",
  notProceedingReason: null,
  risks: "Budget.",
  nextSteps: "Publish findings.",
  internalNotes: "Minister's office wants a briefing first.",
  returnReason: "not content",
};

describe("the update's fields, defined once", () => {
  it("picks the content and nothing else from a row", () => {
    const content = pickContent(row);
    expect(Object.keys(content).sort()).toEqual([...CONTENT_FIELD_NAMES].sort());
    expect(content).not.toHaveProperty("returnReason");
    expect(content.internalNotes).toBe(row.internalNotes);
  });

  it("never lets internal notes into what the public reads", () => {
    expect(PUBLIC_CONTENT_FIELDS).not.toContain("internalNotes");
    expect(pickPublicContent(row)).not.toHaveProperty("internalNotes");
    const published = publishedFields(row);
    expect(published).not.toHaveProperty("internalNotes");
    expect(published).not.toHaveProperty("publicNarrative");
    expect(published.narrative).toBe("Consultation closed.");
  });

  it("turns content into form values, empty for none, and starts a new update with every text empty", () => {
    const values = contentFormValues(newContent("underway", "2027-01-31"));
    expect(values).toEqual({
      stage: "underway",
      confidence: "",
      forecastDue: "2027-01-31",
      publicNarrative: "",
      explanation: "",
      recoveryStep: "",
      notProceedingReason: "",
      risks: "",
      nextSteps: "",
      internalNotes: "",
    });
  });

  it("has a form label for every field in both catalogues", () => {
    for (const name of CONTENT_FIELD_NAMES) {
      expect(staff.updateForm.fields[name]).toBeTruthy();
      expect(staffMi.updateForm.fields[name]).toBeTruthy();
    }
  });

  it("gives validation the same limits the form states", () => {
    expect(UPDATE_LIMITS.publicNarrative).toBe(CONTENT_FIELDS.publicNarrative.limit);
    expect(UPDATE_LIMITS.risks).toBe(CONTENT_FIELDS.risks.limit);
  });
});

describe("the character count", () => {
  const t = createTranslator({ locale: "en", messages: { staff }, namespace: "staff.longText" });
  const count = (length: number, limit: number) => characterCountMessage(t, length, limit);

  it("says what is left, and how many are too many", () => {
    expect(count(0, 4000)).toBe("4,000 characters left of 4,000.");
    expect(count(3999, 4000)).toBe("1 character left of 4,000.");
    expect(count(4001, 4000)).toBe("1 character too many: the limit is 4,000.");
    expect(count(2_000_000, 4000)).toBe("1,996,000 characters too many: the limit is 4,000.");
  });
});
