import { describe, expect, it } from "vitest";
import { isAnswered } from "@/lib/stocktake/answers";
import { missingRequired, progressPercent, type ProgressQuestion } from "@/lib/stocktake/progress";

const questions: ProgressQuestion[] = [
  { id: 1, kind: "text", required: true },
  { id: 2, kind: "region", required: true },
  { id: 3, kind: "population_group", required: true },
  { id: 4, kind: "long_text", required: false },
  { id: 5, kind: "plan_link", required: false },
];

describe("progressPercent", () => {
  it("counts only answered required questions, rounding down", () => {
    expect(progressPercent(questions, new Map())).toBe(0);
    expect(progressPercent(questions, new Map<number, unknown>([[1, "Te Ara Mahi"]]))).toBe(33);
    expect(
      progressPercent(
        questions,
        new Map<number, unknown>([
          [1, "Te Ara Mahi"],
          [2, ["otago"]],
        ]),
      ),
    ).toBe(66);
  });

  it("ignores answers to optional questions", () => {
    const answers = new Map<number, unknown>([
      [4, "Long description"],
      [5, { recommendations: ["3"], workstreams: [] }],
    ]);
    expect(progressPercent(questions, answers)).toBe(0);
  });

  it("shows 100 only when every required question is answered", () => {
    const answers = new Map<number, unknown>([
      [1, "Te Ara Mahi"],
      [2, ["otago"]],
      [3, [{ group: "refugee_background", designed: false }]],
    ]);
    expect(progressPercent(questions, answers)).toBe(100);
    const many: ProgressQuestion[] = Array.from({ length: 3 }, (_, i) => ({ id: i, kind: "text", required: true }));
    // 2 of 3 is 66.67 %: never shown as 67 (rounding up could show 100 with one missing out of 200)
    expect(
      progressPercent(
        many,
        new Map<number, unknown>([
          [0, "a"],
          [1, "b"],
        ]),
      ),
    ).toBe(66);
    const twoHundred: ProgressQuestion[] = Array.from({ length: 200 }, (_, i) => ({
      id: i,
      kind: "text",
      required: true,
    }));
    expect(progressPercent(twoHundred, new Map(twoHundred.slice(1).map((q) => [q.id, "x"] as const)))).toBe(99);
  });

  it("does not count empty answers: blank text, empty lists, a plan link with nothing ticked", () => {
    const answers = new Map<number, unknown>([
      [1, "   "],
      [2, []],
      [3, []],
    ]);
    expect(progressPercent(questions, answers)).toBe(0);
    expect(isAnswered("plan_link", { recommendations: [], workstreams: [] })).toBe(false);
    expect(isAnswered("number", 0)).toBe(true);
    expect(isAnswered("number", Number.NaN)).toBe(false);
  });

  it("is 100 for a survey with nothing required", () => {
    expect(progressPercent([{ id: 9, kind: "text", required: false }], new Map())).toBe(100);
  });

  it("lists the required questions still missing, in order", () => {
    expect(missingRequired(questions, new Map<number, unknown>([[2, ["otago"]]])).map((q) => q.id)).toEqual([1, 3]);
  });
});
