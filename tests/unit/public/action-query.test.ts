import { describe, expect, it } from "vitest";
import { actionsPageHref, hasFilters, readActionQuery } from "@/lib/public/action-query";

const known = { workstreams: [{ number: 1 }, { number: 2 }], agencies: [{ slug: "tec" }, { slug: "moe" }] };

describe("readActionQuery", () => {
  it("reads valid filters and ignores unrelated parameters", () => {
    const { filters, errors } = readActionQuery(
      { q: " whanau ", workstream: "2", agency: "tec", stage: "underway", confidence: "stale", lang: "mi" },
      known,
    );
    expect(filters).toEqual({ q: "whanau", workstream: 2, agency: "tec", stage: "underway", confidence: "stale" });
    expect(errors).toEqual({});
  });

  it("treats empty fields (an unselected select) as no filter", () => {
    const { filters, errors } = readActionQuery({ q: "", workstream: "", stage: "" }, known);
    expect(hasFilters(filters)).toBe(false);
    expect(errors).toEqual({});
  });

  it("reports each invalid parameter and keeps filtering by the valid ones", () => {
    const { filters, errors } = readActionQuery({ workstream: "abc", stage: "finished", agency: "moe" }, known);
    expect(filters).toEqual({ agency: "moe" });
    expect(Object.keys(errors).sort()).toEqual(["stage", "workstream"]);
    expect(errors.workstream?.[0]).toMatch(/workstream number/);
  });

  it("reports a repeated parameter instead of failing", () => {
    const { filters, errors } = readActionQuery({ stage: ["underway", "complete"] }, known);
    expect(filters.stage).toBeUndefined();
    expect(errors.stage).toHaveLength(1);
  });

  it("reports a well-formed workstream or agency that the plan does not have", () => {
    const { filters, errors } = readActionQuery({ workstream: "9", agency: "nasa" }, known);
    expect(filters.workstream).toBeUndefined();
    expect(filters.agency).toBeUndefined();
    expect(errors.workstream?.[0]).toContain("9");
    expect(errors.agency?.[0]).toContain("nasa");
    expect(hasFilters(filters)).toBe(false);
  });
});

describe("the address of a page of the actions list", () => {
  it("keeps the filters asked for, drops empty ones, and numbers pages after the first", () => {
    const raw = { q: "whānau", workstream: "2", agency: "", page: "3" };
    expect(actionsPageHref(raw, 2)).toBe("/actions?q=wh%C4%81nau&workstream=2&page=2");
    expect(actionsPageHref(raw, 1)).toBe("/actions?q=wh%C4%81nau&workstream=2");
    expect(actionsPageHref({ page: "4" }, 1)).toBe("/actions");
  });
});
