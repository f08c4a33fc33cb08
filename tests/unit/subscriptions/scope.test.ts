import { describe, expect, it } from "vitest";
import { covers, followedColumns, followedFromColumns, followedPagePath } from "@/lib/subscriptions/scope";

const action14 = { code: "1.4", workstream: 1 };
const action23 = { code: "2.3", workstream: 2 };

describe("what a subscription covers", () => {
  it("covers every action when it follows the whole plan", () => {
    expect(covers({ scope: "all" }, action14)).toBe(true);
    expect(covers({ scope: "all" }, action23)).toBe(true);
  });

  it("covers the actions of its workstream only", () => {
    expect(covers({ scope: "workstream", number: 1 }, action14)).toBe(true);
    expect(covers({ scope: "workstream", number: 1 }, action23)).toBe(false);
  });

  it("covers its own action only", () => {
    expect(covers({ scope: "action", code: "1.4" }, action14)).toBe(true);
    expect(covers({ scope: "action", code: "1.4" }, { code: "1.40", workstream: 1 })).toBe(false);
  });

  it("is stored as scope and target, and read back the same", () => {
    for (const f of [{ scope: "all" }, { scope: "workstream", number: 3 }, { scope: "action", code: "1.4" }] as const) {
      const { scope, target } = followedColumns(f);
      expect(followedFromColumns(scope, target)).toEqual(f);
    }
    expect(followedColumns({ scope: "all" })).toEqual({ scope: "all", target: "" });
  });

  it("names the page its form is on", () => {
    expect(followedPagePath({ scope: "all" })).toBe("/subscribe");
    expect(followedPagePath({ scope: "workstream", number: 3 })).toBe("/workstreams/3");
    expect(followedPagePath({ scope: "action", code: "1.4" })).toBe("/actions/1.4");
  });
});
