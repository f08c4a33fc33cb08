import { describe, expect, it } from "vitest";
import {
  actionFiltersSchema,
  filterActions,
  strictActionFiltersSchema,
  unknownFilterReferences,
} from "@/lib/public/filter-actions";
import type { PublicAction, PublicStatus } from "@/lib/public/types";
import { publicAction } from "../../support/public-fixtures";

function action(code: string, over: Partial<PublicAction> = {}, status: Partial<PublicStatus> = {}): PublicAction {
  const base = publicAction({ code, baselineDue: "2025-01-01" });
  return publicAction({
    ...base,
    status: { ...base.status, period: "2026 Q3", publishedAt: "2026-10-01T00:00:00.000Z", ...status },
    ...over,
  });
}

const actions = [
  action("1.1", { leadAgency: "moe", contributingAgencies: ["tec"] }),
  action("1.2", {}, { stage: "complete", confidence: null }),
  action("2.1", { leadAgency: "mbie" }, { confidence: "at_risk" }),
  action(
    "2.2",
    {},
    { stage: null, confidence: null, systemState: "not_yet_reported", period: null, publishedAt: null },
  ),
  action("3.1", { leadAgency: "msd" }, { systemState: "stale" }),
];
const codes = (list: PublicAction[]) => list.map((a) => a.code);
const parse = (input: Record<string, unknown>) => strictActionFiltersSchema.parse(input);

describe("filterActions", () => {
  it("keeps every action in order when there are no filters", () => {
    expect(codes(filterActions(actions, parse({})))).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1"]);
  });

  it("filters by workstream number", () => {
    expect(codes(filterActions(actions, parse({ workstream: "2" })))).toEqual(["2.1", "2.2"]);
  });

  it("matches an agency as lead or contributor", () => {
    expect(codes(filterActions(actions, parse({ agency: "tec" })))).toEqual(["1.1", "1.2", "2.2"]);
    expect(codes(filterActions(actions, parse({ agency: "msd" })))).toEqual(["3.1"]);
  });

  it("filters by stage, including actions not yet reported", () => {
    expect(codes(filterActions(actions, parse({ stage: "complete" })))).toEqual(["1.2"]);
    expect(codes(filterActions(actions, parse({ stage: "not_yet_reported" })))).toEqual(["2.2"]);
  });

  it("filters by confidence, including not yet reported and stale", () => {
    expect(codes(filterActions(actions, parse({ confidence: "at_risk" })))).toEqual(["2.1"]);
    expect(codes(filterActions(actions, parse({ confidence: "not_yet_reported" })))).toEqual(["2.2"]);
    expect(codes(filterActions(actions, parse({ confidence: "stale" })))).toEqual(["3.1"]);
  });

  it("combines filters", () => {
    expect(codes(filterActions(actions, parse({ agency: "tec", stage: "underway", workstream: "1" })))).toEqual([
      "1.1",
    ]);
  });

  it("keeps only search matches, in the search's rank order", () => {
    const filters = parse({ q: "whanau" });
    expect(codes(filterActions(actions, filters, ["3.1", "1.2", "9.9"]))).toEqual(["3.1", "1.2"]);
    expect(codes(filterActions(actions, parse({ q: "x", workstream: "1" }), ["2.1", "1.2", "1.1"]))).toEqual([
      "1.2",
      "1.1",
    ]);
    expect(() => filterActions(actions, filters)).toThrow(/search/);
  });
});

describe("actionFiltersSchema", () => {
  it("reads numbers, trims the search and treats empty fields as no filter", () => {
    expect(parse({ workstream: "3", q: "  whānau ", stage: "", agency: "" })).toEqual({ workstream: 3, q: "whānau" });
  });

  it("searches control characters (a NUL among them, which the database refuses) as spaces", () => {
    expect(parse({ q: "\u0000\u0000careers\u000b\u0001guide\u007f" })).toEqual({ q: "careers guide" });
    expect(parse({ q: "whanau\u0000" })).toEqual({ q: "whanau" });
  });

  it("refuses unknown values and malformed numbers with a message per field", () => {
    const result = strictActionFiltersSchema.safeParse({ workstream: "1.5", stage: "done", confidence: "meh" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["workstream", "stage", "confidence"]));
    expect(strictActionFiltersSchema.safeParse({ workstream: "abc" }).success).toBe(false);
    expect(strictActionFiltersSchema.safeParse({ workstream: "0" }).success).toBe(false);
    expect(strictActionFiltersSchema.safeParse({ agency: "TEC!" }).success).toBe(false);
    expect(strictActionFiltersSchema.safeParse({ q: "x".repeat(201) }).success).toBe(false);
  });

  it("refuses unknown parameters in the strict form and ignores them in the page form", () => {
    const strict = strictActionFiltersSchema.safeParse({ stages: "complete" });
    expect(strict.success).toBe(false);
    expect(strict.error!.issues[0]!.code).toBe("unrecognized_keys");
    expect(actionFiltersSchema.parse({ stages: "complete", stage: "complete" })).toEqual({ stage: "complete" });
  });
});

describe("unknownFilterReferences", () => {
  const known = { workstreams: [{ number: 1 }, { number: 2 }], agencies: [{ slug: "tec" }] };

  it("names a workstream or agency the plan does not have", () => {
    expect(unknownFilterReferences(parse({ workstream: "9", agency: "nzqa" }), known)).toEqual({
      workstream: ["There is no workstream 9."],
      agency: ['There is no agency "nzqa".'],
    });
    expect(unknownFilterReferences(parse({ workstream: "2", agency: "tec" }), known)).toEqual({});
  });
});
