import { describe, expect, it } from "vitest";
import { milestoneProgress } from "@/lib/progress/milestone-progress";

const done = (weight?: number) => ({
  completedOn: "2025-03-01",
  ...(weight === undefined ? {} : { weight }),
});
const open = (weight?: number) => ({
  completedOn: null,
  ...(weight === undefined ? {} : { weight }),
});

describe("milestoneProgress", () => {
  it("is null (unknown), not 0, with no milestones", () => {
    expect(milestoneProgress([])).toBeNull();
    expect(milestoneProgress([], { weighted: true })).toBeNull();
  });

  it("is 0 % when milestones exist but none are done", () => {
    expect(milestoneProgress([open(), open()])).toEqual({ done: 0, total: 2, percent: 0 });
  });

  it("is 100 % when all are done", () => {
    expect(milestoneProgress([done(), done()])).toEqual({ done: 2, total: 2, percent: 100 });
  });

  it("rounds the count ratio to a whole percent", () => {
    expect(milestoneProgress([done(), open(), open()])).toEqual({ done: 1, total: 3, percent: 33 });
    expect(milestoneProgress([done(), done(), open()])).toEqual({ done: 2, total: 3, percent: 67 });
    expect(milestoneProgress([done(), open(), open(), open(), open(), open(), open(), open()])).toEqual({
      done: 1,
      total: 8,
      percent: 13, // 12.5 rounds up
    });
  });

  it("ignores weights unless asked", () => {
    expect(milestoneProgress([done(1), open(3)])).toEqual({ done: 1, total: 2, percent: 50 });
  });

  it("uses completed weight over all weight when weighted, keeping counts", () => {
    expect(milestoneProgress([done(1), open(3)], { weighted: true })).toEqual({
      done: 1,
      total: 2,
      percent: 25,
    });
    expect(milestoneProgress([done(3), open(1)], { weighted: true })).toEqual({
      done: 1,
      total: 2,
      percent: 75,
    });
  });

  it("defaults a missing weight to 1", () => {
    expect(milestoneProgress([done(), open(3)], { weighted: true })?.percent).toBe(25);
    expect(milestoneProgress([done(2), open()], { weighted: true })?.percent).toBe(67);
  });

  it("accepts fractional weights", () => {
    expect(milestoneProgress([done(0.5), open(1.5)], { weighted: true })?.percent).toBe(25);
  });

  it("never shows 100 % while a milestone is open, nor 0 % once one is done", () => {
    expect(milestoneProgress([done(999), open(1)], { weighted: true })?.percent).toBe(99);
    expect(milestoneProgress([done(1), open(999)], { weighted: true })?.percent).toBe(1);
    const many = [...Array.from({ length: 199 }, () => done()), open()];
    expect(milestoneProgress(many)?.percent).toBe(99);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("throws a RangeError for weight %s", (w) => {
    expect(() => milestoneProgress([done(1), open(w)], { weighted: true })).toThrow(RangeError);
    expect(() => milestoneProgress([done(w)])).toThrow(RangeError);
  });
});
