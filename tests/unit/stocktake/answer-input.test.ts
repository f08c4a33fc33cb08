import { describe, expect, it } from "vitest";
import { readStepAnswers, type InputQuestion } from "@/lib/stocktake/answer-input";

const q = (id: number, kind: InputQuestion["kind"], extra: Partial<InputQuestion> = {}): InputQuestion => ({
  id,
  kind,
  required: false,
  options: [],
  limits: {},
  field: null,
  ...extra,
});
const codes = { recommendations: ["1", "2"], workstreams: ["1"] };
const posted = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("reading a survey step", () => {
  it("keeps what was typed, mistakes included, and says what is wrong with each", () => {
    const questions = [
      q(1, "text", { required: true, limits: { maxLength: 5 } }),
      q(2, "number", { limits: { min: 0 } }),
      q(3, "date"),
      q(4, "text", { field: "contact_email" }),
      q(5, "choices", {
        options: [
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ],
        limits: { maxChoices: 1 },
      }),
    ];
    const { answers, fieldErrors } = readStepAnswers(
      questions,
      posted([
        ["q1", "  too long text "],
        ["q2", "twelve"],
        ["q3", "2027-02-30"],
        ["q4", "nobody"],
        ["q5", "a"],
        ["q5", "b"],
        ["q5", "forged"],
      ]),
      codes,
      true,
    );
    expect(Object.fromEntries(answers)).toEqual({
      1: "too long text",
      2: "twelve",
      3: "2027-02-30",
      4: "nobody",
      5: ["a", "b"],
    });
    expect(fieldErrors).toEqual({
      q1: ["Keep it to 5 characters or fewer."],
      q2: ["Enter a number, for example 120."],
      q3: ["Enter a real date, for example 2027-04-06."],
      q4: ["Enter an email address, like name@example.org."],
      q5: ["Choose at most 1."],
    });
  });

  it("asks for required answers only when moving on", () => {
    const questions = [q(1, "region", { required: true }), q(2, "population_group", { required: true })];
    expect(readStepAnswers(questions, posted([]), codes, false).fieldErrors).toEqual({});
    expect(Object.keys(readStepAnswers(questions, posted([]), codes, true).fieldErrors)).toEqual(["q1", "q2"]);
  });

  it("reads population groups with how each is served, and plan links within the plan", () => {
    const { answers, fieldErrors } = readStepAnswers(
      [q(1, "population_group"), q(2, "plan_link"), q(3, "number", { limits: { max: 10 } })],
      posted([
        ["q1.neet_youth", "designed"],
        ["q1.maori", ""],
        ["q1.pacific_peoples", "reaches"],
        ["q2.recommendations", "2"],
        ["q2.recommendations", "99"],
        ["q2.workstreams", "1"],
        ["q3", "1,200"],
      ]),
      codes,
      true,
    );
    expect(answers.get(1)).toEqual([
      { group: "pacific_peoples", designed: false },
      { group: "neet_youth", designed: true },
    ]);
    expect(answers.get(2)).toEqual({ recommendations: ["2"], workstreams: ["1"] });
    expect(answers.get(3)).toBe(1200);
    expect(fieldErrors).toEqual({ q3: ["Enter 10 or less."] });
  });
});
