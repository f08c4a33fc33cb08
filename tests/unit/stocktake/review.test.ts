import { describe, expect, it } from "vitest";
import { decisionsFor, isDuplicateTarget } from "@/lib/stocktake/review";

describe("what TEC may do with a response", () => {
  it.each([
    ["draft", []],
    ["submitted", ["accept", "return", "duplicate"]],
    ["returned", []],
    ["accepted", ["return", "duplicate"]],
    ["duplicate", ["accept"]],
  ] as const)("a %s response offers %j", (status, decisions) => {
    expect(decisionsFor(status)).toEqual(decisions);
  });

  it("marks a duplicate only of another, non-duplicate, submitted response of the same round", () => {
    const response = { id: 1, roundId: 7 };
    expect(isDuplicateTarget(response, { id: 2, roundId: 7, status: "accepted" })).toBe(true);
    expect(isDuplicateTarget(response, { id: 1, roundId: 7, status: "accepted" })).toBe(false);
    expect(isDuplicateTarget(response, { id: 2, roundId: 8, status: "accepted" })).toBe(false);
    expect(isDuplicateTarget(response, { id: 2, roundId: 7, status: "duplicate" })).toBe(false);
    expect(isDuplicateTarget(response, { id: 2, roundId: 7, status: "draft" })).toBe(false);
    expect(isDuplicateTarget(response, undefined)).toBe(false);
  });
});
