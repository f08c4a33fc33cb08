import { describe, expect, it } from "vitest";
import {
  draftUpdateSchema,
  returnUpdateSchema,
  submitUpdateSchema,
  validateUpdateAgainstAction,
  validateUpdateForm,
  type UpdateIntent,
} from "@/lib/workflow/update-input";

const action = {
  baselineDue: "2025-12-31",
  criteria: [{ id: 101 }, { id: 102 }],
  milestones: [{ id: 201 }, { id: 202 }],
};
const TODAY = "2025-08-01";

/** A complete, valid submission as the form would post it: every value a string. */
const VALID = {
  stage: "underway",
  confidence: "on_track",
  publicNarrative: "Criteria for quality careers guidance drafted with providers.",
  internalNotes: "",
  risks: "",
  nextSteps: "",
  explanation: "",
  recoveryStep: "",
  notProceedingReason: "",
  forecastDue: "",
  evidenceLinks: [],
  criterionAssessments: [],
  milestoneCompletions: [],
  milestoneForecasts: [],
  version: "3",
};

const metCriteria = [
  { criterionId: "101", met: "on", evidenceUrl: "https://www.tec.govt.nz/criteria", evidenceReference: "" },
  { criterionId: "102", met: "on", evidenceUrl: "", evidenceReference: "TEC report A1234" },
];

const check = (overrides: Record<string, unknown>, intent: UpdateIntent = "submit") =>
  validateUpdateForm({ ...VALID, ...overrides }, action, TODAY, intent);

/** The errors of a form expected to fail. */
const errorsOf = (overrides: Record<string, unknown>, intent: UpdateIntent = "submit") => {
  const result = check(overrides, intent);
  if (result.ok) throw new Error("expected the form to be refused");
  return result.errors;
};

describe("a valid update", () => {
  it("is accepted for submission, with form strings turned into values", () => {
    const result = check({
      forecastDue: "2025-11-30",
      milestoneCompletions: [{ milestoneId: "201", completedOn: TODAY }],
    });
    expect(result).toEqual({
      ok: true,
      data: {
        stage: "underway",
        confidence: "on_track",
        publicNarrative: VALID.publicNarrative,
        internalNotes: "",
        risks: "",
        nextSteps: "",
        explanation: null,
        recoveryStep: null,
        notProceedingReason: null,
        forecastDue: "2025-11-30",
        evidenceLinks: [],
        criterionAssessments: [],
        milestoneCompletions: [{ milestoneId: 201, completedOn: TODAY }],
        milestoneForecasts: [],
        version: 3,
      },
    });
  });

  it("trims text and fills in missing optional fields", () => {
    const parsed = submitUpdateSchema.parse({
      stage: "underway",
      confidence: "probable",
      publicNarrative: "  Done.  ",
      version: "1",
    });
    expect(parsed).toMatchObject({
      publicNarrative: "Done.",
      internalNotes: "",
      explanation: null,
      forecastDue: null,
      evidenceLinks: [],
      criterionAssessments: [],
      milestoneCompletions: [],
    });
  });
});

describe("mass assignment", () => {
  it("drops fields the form may not set", () => {
    const parsed = draftUpdateSchema.parse({
      ...VALID,
      state: "published",
      publishedAt: "2020-01-01T00:00:00Z",
      publishAt: "2020-01-01T00:00:00Z",
      authorId: "1",
      agencyId: "1",
      actionId: "9",
      id: "5",
      returnReason: "x",
      approvedAt: "2020-01-01T00:00:00Z",
      $ACTION_ID_abc: "",
    });
    for (const key of [
      "state",
      "publishedAt",
      "publishAt",
      "authorId",
      "agencyId",
      "actionId",
      "id",
      "returnReason",
      "approvedAt",
    ]) {
      expect(parsed).not.toHaveProperty(key);
    }
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(VALID).sort());
  });
});

describe("version (optimistic locking)", () => {
  it.each([["0"], [""], ["-1"], ["1.5"], ["abc"], [undefined], ["99999999999"]])("refuses %j", (version) => {
    expect(errorsOf({ version }, "save")).toEqual({
      version: ["This form is out of date or incomplete. Reload the update and try again."],
    });
  });

  it("accepts a positive whole number", () => {
    expect(check({ version: "12" }, "save")).toMatchObject({ ok: true, data: { version: 12 } });
  });
});

describe("stage and confidence", () => {
  it("requires a stage from the list, even for a draft", () => {
    expect(errorsOf({ stage: "" }, "save")).toEqual({ stage: ["Choose a stage from the list."] });
    expect(errorsOf({ stage: "finished" }, "save")).toEqual({ stage: ["Choose a stage from the list."] });
  });

  it("treats an empty confidence as none", () => {
    expect(check({ confidence: "" }, "save")).toMatchObject({ ok: true, data: { confidence: null } });
  });

  it("refuses a confidence not on the scale", () => {
    expect(errorsOf({ confidence: "great" }, "save")).toEqual({
      confidence: ["Choose a delivery confidence from the list."],
    });
  });

  it.each([["not_started"], ["underway"]])("requires a confidence to submit a %s action", (stage) => {
    expect(errorsOf({ stage, confidence: "" })).toEqual({
      confidence: ["Choose a delivery confidence: it is needed until the action is finished."],
    });
    expect(check({ stage, confidence: "" }, "save").ok).toBe(true);
  });

  it("does not require a confidence for a finished action", () => {
    expect(check({ stage: "not_proceeding", confidence: "", notProceedingReason: "Merged into 2.3." }).ok).toBe(true);
    expect(check({ stage: "complete", confidence: "", criterionAssessments: metCriteria }).ok).toBe(true);
  });
});

describe("at risk and unachievable", () => {
  it.each([["at_risk"], ["unachievable"]])("needs an explanation and a recovery step when %s", (confidence) => {
    expect(errorsOf({ confidence })).toEqual({
      explanation: [expect.stringMatching(/^Explain publicly why/)],
      recoveryStep: ["Describe the step being taken to bring delivery back on track."],
    });
    expect(errorsOf({ confidence, explanation: "Provider consultation slipped." })).toEqual({
      recoveryStep: ["Describe the step being taken to bring delivery back on track."],
    });
    expect(
      check({ confidence, explanation: "Provider consultation slipped.", recoveryStep: "Extra workshops in Q3." }).ok,
    ).toBe(true);
  });

  it("does not demand them of a draft", () => {
    expect(check({ confidence: "at_risk" }, "save").ok).toBe(true);
  });

  it.each([["on_track"], ["probable"], ["feasible"]])("does not need them when %s", (confidence) => {
    expect(check({ confidence }).ok).toBe(true);
  });
});

describe("forecast due date", () => {
  it("needs an explanation and a recovery step when later than the baseline", () => {
    expect(Object.keys(errorsOf({ forecastDue: "2026-01-01" })).sort()).toEqual(["explanation", "recoveryStep"]);
    expect(
      check({ forecastDue: "2026-01-01", explanation: "Waiting on 1.4.", recoveryStep: "Start 2.1 in parallel." }).ok,
    ).toBe(true);
  });

  it("needs nothing more when on or before the baseline", () => {
    expect(check({ forecastDue: "2025-12-31" }).ok).toBe(true);
    expect(check({ forecastDue: "2025-10-01" }).ok).toBe(true);
  });

  it("gives one message per field when at risk and late together", () => {
    const errors = errorsOf({ confidence: "at_risk", forecastDue: "2026-03-31" });
    expect(errors.explanation).toHaveLength(1);
    expect(errors.recoveryStep).toHaveLength(1);
  });

  it("does not ask a finished action for a recovery step", () => {
    expect(
      check({ stage: "not_proceeding", notProceedingReason: "Stopped by the Minister.", forecastDue: "2026-06-30" }).ok,
    ).toBe(true);
  });

  it.each([["2025-02-30"], ["31/12/2025"], ["2025-12-31T00:00"], ["soon"]])("refuses %j", (forecastDue) => {
    expect(errorsOf({ forecastDue }, "save")).toEqual({
      forecastDue: ["Enter the forecast due date as a date (YYYY-MM-DD), or leave it empty."],
    });
  });
});

describe("not proceeding", () => {
  it("needs a reason, even in a draft (the database refuses one without)", () => {
    for (const intent of ["save", "submit"] as const) {
      expect(errorsOf({ stage: "not_proceeding", notProceedingReason: "  " }, intent)).toEqual({
        notProceedingReason: ["Give the reason the action is not proceeding."],
      });
    }
    expect(check({ stage: "not_proceeding", notProceedingReason: "Merged into action 2.3." }).ok).toBe(true);
  });
});

describe("complete and completed – modified", () => {
  it("complete passes with every criterion met, each with a link or a document reference", () => {
    expect(check({ stage: "complete", criterionAssessments: metCriteria })).toMatchObject({
      ok: true,
      data: {
        criterionAssessments: [
          { criterionId: 101, met: true, evidenceUrl: "https://www.tec.govt.nz/criteria", evidenceReference: null },
          { criterionId: 102, met: true, evidenceUrl: null, evidenceReference: "TEC report A1234" },
        ],
      },
    });
  });

  it("complete fails when a criterion is not assessed", () => {
    const firstOnly = metCriteria.slice(0, 1);
    expect(errorsOf({ stage: "complete", criterionAssessments: firstOnly })).toEqual({
      criterionAssessments: [
        "Mark every completion criterion of this action as met, with evidence, before reporting it complete.",
      ],
    });
    expect(errorsOf({ stage: "complete", criterionAssessments: [] })).toHaveProperty("criterionAssessments");
  });

  it("complete fails when a criterion is marked not met", () => {
    const secondUnmet = [metCriteria[0], { criterionId: "102", met: "", evidenceUrl: "", evidenceReference: "" }];
    expect(errorsOf({ stage: "complete", criterionAssessments: secondUnmet })).toEqual({
      "criterionAssessments.1.met": [
        "Mark this criterion as met, with evidence, before reporting the action complete.",
      ],
    });
    // A draft may record a criterion as not yet met.
    expect(check({ stage: "complete", criterionAssessments: secondUnmet }, "save").ok).toBe(true);
  });

  it("a criterion marked met needs evidence, even in a draft", () => {
    const noEvidence = [metCriteria[0], { criterionId: "102", met: "true", evidenceUrl: "", evidenceReference: " " }];
    for (const intent of ["save", "submit"] as const) {
      expect(errorsOf({ stage: "complete", criterionAssessments: noEvidence }, intent)).toEqual({
        "criterionAssessments.1.evidenceUrl": [
          "Add a link or a document reference as evidence that this criterion is met.",
        ],
      });
    }
  });

  it("completed – modified also needs an explanation of what changed", () => {
    expect(errorsOf({ stage: "completed_modified", criterionAssessments: metCriteria })).toEqual({
      explanation: ["Explain what changed from what was committed, for a completed – modified action."],
    });
    expect(
      check({ stage: "completed_modified", criterionAssessments: metCriteria, explanation: "Delivered online only." })
        .ok,
    ).toBe(true);
  });

  it("refuses a criterion of another action, even in a draft", () => {
    const foreign = [
      ...metCriteria,
      { criterionId: "999", met: "on", evidenceUrl: "https://example.org", evidenceReference: "" },
    ];
    for (const intent of ["save", "submit"] as const) {
      expect(errorsOf({ stage: "complete", criterionAssessments: foreign }, intent)).toEqual({
        "criterionAssessments.2.criterionId": ["This criterion does not belong to this action."],
      });
    }
  });

  it("refuses a criterion assessed twice", () => {
    expect(errorsOf({ criterionAssessments: [metCriteria[0], metCriteria[0]] }, "save")).toEqual({
      "criterionAssessments.1.criterionId": ["This criterion is assessed twice."],
    });
  });

  it("reads checkbox values and refuses anything else", () => {
    const met = (value: unknown) =>
      draftUpdateSchema.safeParse({
        ...VALID,
        criterionAssessments: [{ criterionId: "101", met: value, evidenceReference: "Ref 1" }],
      });
    expect(met("on").data?.criterionAssessments[0]?.met).toBe(true);
    expect(met(true).data?.criterionAssessments[0]?.met).toBe(true);
    expect(met(undefined).data?.criterionAssessments[0]?.met).toBe(false);
    expect(met("false").data?.criterionAssessments[0]?.met).toBe(false);
    expect(met("maybe").success).toBe(false);
  });
});

describe("evidence links", () => {
  const link = (url: string, title = "Cabinet paper") => ({ evidenceLinks: [{ title, url }] });

  it.each([
    ["https://www.education.govt.nz/our-work/strategies/careers"],
    ["http://example.org/report.pdf?x=1#p2"],
    ["  https://www.tec.govt.nz/  "],
  ])("accepts %j", (url) => {
    expect(check(link(url), "save")).toMatchObject({ ok: true, data: { evidenceLinks: [{ url: url.trim() }] } });
  });

  it("lower-cases the scheme so the database check accepts it", () => {
    expect(check(link("HTTPS://www.TEC.govt.nz/A"), "save")).toMatchObject({
      ok: true,
      data: { evidenceLinks: [{ url: "https://www.TEC.govt.nz/A" }] },
    });
  });

  it.each([
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    [" javascript:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html;base64,PHNjcmlwdD4="],
    ["vbscript:msgbox(1)"],
    ["file:///etc/passwd"],
    ["ftp://example.org/file"],
    ["//evil.example/x"],
    ["www.tec.govt.nz"],
    ["https://"],
    ["https://www.tec.govt.nz@evil.example/"],
    ["https://user:pass@example.org/"],
    ["https://example.org/a b"],
    ["https://example.org/\u0000"],
    [""],
  ])("refuses %j", (url) => {
    expect(errorsOf(link(url), "save")).toEqual({
      "evidenceLinks.0.url": ["Enter a web address that starts with https:// or http://."],
    });
  });

  it("refuses the same bad schemes as criterion evidence", () => {
    const criterion = { criterionId: "101", met: "on", evidenceUrl: "javascript:alert(1)", evidenceReference: "" };
    expect(errorsOf({ criterionAssessments: [criterion] }, "save")).toHaveProperty(
      "criterionAssessments.0.evidenceUrl",
    );
  });

  it("needs a title", () => {
    expect(errorsOf(link("https://example.org", "  "), "save")).toEqual({
      "evidenceLinks.0.title": ["Give the evidence a title."],
    });
  });

  it("is bounded in number and length", () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `Link ${i}`, url: `https://example.org/${i}` }));
    expect(errorsOf({ evidenceLinks: many }, "save")).toEqual({ evidenceLinks: ["Add at most 20 evidence links."] });
    expect(errorsOf(link(`https://example.org/${"a".repeat(2000)}`), "save")).toEqual({
      "evidenceLinks.0.url": ["Keep web addresses to 2,000 characters or fewer."],
    });
  });
});

describe("milestone completions", () => {
  const completion = (milestoneId: string, completedOn: string) => ({
    milestoneCompletions: [{ milestoneId, completedOn }],
  });

  it("accepts a milestone of the action completed today or earlier", () => {
    expect(check(completion("201", TODAY)).ok).toBe(true);
    expect(check(completion("202", "2025-03-14")).ok).toBe(true);
  });

  it("refuses a completion date in the future, even in a draft", () => {
    for (const intent of ["save", "submit"] as const) {
      expect(errorsOf(completion("201", "2025-08-02"), intent)).toEqual({
        "milestoneCompletions.0.completedOn": ["A milestone cannot be completed on a date that has not happened yet."],
      });
    }
  });

  it("refuses a milestone of another action, even in a draft", () => {
    for (const intent of ["save", "submit"] as const) {
      expect(errorsOf(completion("777", "2025-07-01"), intent)).toEqual({
        "milestoneCompletions.0.milestoneId": ["This milestone does not belong to this action."],
      });
    }
  });

  it("refuses a bad date, a bad id and the same milestone twice", () => {
    expect(errorsOf(completion("201", "2025-13-01"), "save")).toEqual({
      "milestoneCompletions.0.completedOn": ["Enter the date the milestone was completed (YYYY-MM-DD)."],
    });
    expect(errorsOf(completion("", "2025-07-01"), "save")).toEqual({
      "milestoneCompletions.0.milestoneId": ["Choose a milestone of this action."],
    });
    const twice = [
      { milestoneId: "201", completedOn: "2025-07-01" },
      { milestoneId: "201", completedOn: "2025-07-02" },
    ];
    expect(errorsOf({ milestoneCompletions: twice }, "save")).toEqual({
      "milestoneCompletions.1.milestoneId": ["This milestone is listed twice."],
    });
  });
});

describe("narrative and text limits", () => {
  it("requires a public narrative of 1–4000 characters to submit", () => {
    const required = { publicNarrative: ["Write a public narrative: what has happened since the last update."] };
    expect(errorsOf({ publicNarrative: "" })).toEqual(required);
    expect(errorsOf({ publicNarrative: "   \n " })).toEqual(required);
    expect(check({ publicNarrative: "x" }).ok).toBe(true);
    expect(check({ publicNarrative: "x".repeat(4000) }).ok).toBe(true);
    expect(errorsOf({ publicNarrative: "x".repeat(4001) })).toEqual({
      publicNarrative: ["Keep the public narrative to 4,000 characters or fewer."],
    });
  });

  it("lets a draft have no narrative but keeps it bounded", () => {
    expect(check({ publicNarrative: "" }, "save").ok).toBe(true);
    expect(errorsOf({ publicNarrative: "x".repeat(4001) }, "save")).toEqual({
      publicNarrative: ["Keep the public narrative to 4,000 characters or fewer."],
    });
  });

  it.each([
    ["internalNotes", 4000],
    ["risks", 2000],
    ["nextSteps", 2000],
    ["explanation", 2000],
    ["recoveryStep", 2000],
    ["notProceedingReason", 2000],
  ])("bounds %s to %i characters", (field, max) => {
    expect(check({ [field]: "y".repeat(max) }, "save").ok).toBe(true);
    expect(Object.keys(errorsOf({ [field]: "y".repeat(max + 1) }, "save"))).toEqual([field]);
  });

  it("refuses a file or a number where text belongs", () => {
    expect(errorsOf({ risks: 42 }, "save")).toEqual({ risks: ["Enter the risks as text."] });
  });
});

describe("error reporting", () => {
  it("reports every problem at once, from the schema and from the action rules", () => {
    const errors = errorsOf({
      publicNarrative: "",
      confidence: "at_risk",
      risks: "r".repeat(2001),
      evidenceLinks: [{ title: "Paper", url: "javascript:void(0)" }],
      milestoneCompletions: [{ milestoneId: "777", completedOn: "2030-01-01" }],
      version: "0",
    });
    expect(Object.keys(errors).sort()).toEqual([
      "evidenceLinks.0.url",
      "explanation",
      "milestoneCompletions.0.completedOn",
      "milestoneCompletions.0.milestoneId",
      "publicNarrative",
      "recoveryStep",
      "risks",
      "version",
    ]);
    for (const messages of Object.values(errors)) expect(new Set(messages).size).toBe(messages.length);
  });

  it("never echoes a submitted value in a message", () => {
    const MARK = "<img src=x onerror=alert('MARK')>";
    const errors = errorsOf({
      stage: MARK,
      confidence: MARK,
      forecastDue: MARK,
      version: MARK,
      risks: MARK.repeat(300),
      evidenceLinks: [{ title: MARK, url: `javascript:${MARK}` }],
      criterionAssessments: [{ criterionId: MARK, met: MARK, evidenceUrl: MARK, evidenceReference: MARK }],
      milestoneCompletions: [{ milestoneId: MARK, completedOn: MARK }],
    });
    expect(Object.keys(errors).length).toBeGreaterThan(8);
    expect(JSON.stringify(errors)).not.toMatch(/MARK|onerror|<img/);
  });

  it("puts a form that is not an object under one form-level message", () => {
    expect(validateUpdateForm("stage=underway", action, TODAY, "save")).toEqual({
      ok: false,
      errors: { form: ["The form could not be read. Reload the page and try again."] },
    });
  });
});

describe("validateUpdateAgainstAction", () => {
  const base = submitUpdateSchema.parse(VALID);

  it("is empty for a valid update", () => {
    expect(validateUpdateAgainstAction(base, action, TODAY)).toEqual({});
  });

  it("checks submission rules by default and only the storage rules for a draft", () => {
    const late = { ...base, forecastDue: "2026-02-01" };
    expect(Object.keys(validateUpdateAgainstAction(late, action, TODAY))).toEqual(["explanation", "recoveryStep"]);
    expect(validateUpdateAgainstAction(late, action, TODAY, "save")).toEqual({});
  });

  it("skips rules whose fields are missing rather than guessing", () => {
    expect(validateUpdateAgainstAction({}, action, TODAY)).toEqual({});
    expect(validateUpdateAgainstAction({ stage: "complete" }, action, TODAY)).toEqual({});
  });
});

describe("returnUpdateSchema", () => {
  it("needs a reason and the version", () => {
    expect(returnUpdateSchema.parse({ returnReason: " Add the evidence. ", version: "4", state: "draft" })).toEqual({
      returnReason: "Add the evidence.",
      version: 4,
    });
    const result = returnUpdateSchema.safeParse({ returnReason: " ", version: "0" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["returnReason", "version"]);
  });
});
