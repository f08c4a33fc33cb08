import { describe, expect, it } from "vitest";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { compareActionCodes as reExported } from "@/lib/rollup/roll-up";

describe("compareActionCodes", () => {
  it("orders numeric parts as numbers", () => {
    expect(compareActionCodes("2.9", "2.10")).toBeLessThan(0);
    expect(compareActionCodes("2.10", "2.9")).toBeGreaterThan(0);
    expect(compareActionCodes("10.1", "9.1")).toBeGreaterThan(0);
  });

  it("puts a parent before its children", () => {
    expect(compareActionCodes("2", "2.1")).toBeLessThan(0);
    expect(compareActionCodes("2.1", "2.1.1")).toBeLessThan(0);
  });

  it("is zero only for identical codes, and consistent for look-alikes", () => {
    expect(compareActionCodes("1.1", "1.1")).toBe(0);
    expect(compareActionCodes("1.01", "1.1")).not.toBe(0);
    expect(Math.sign(compareActionCodes("1.01", "1.1"))).toBe(-Math.sign(compareActionCodes("1.1", "1.01")));
  });

  it("sorts a mixed list naturally", () => {
    const codes = ["2.10", "1.2", "2.9", "10.1", "2.1", "1.10", "1.1a", "1.1"];
    expect([...codes].sort(compareActionCodes)).toEqual(["1.1", "1.1a", "1.2", "1.10", "2.1", "2.9", "2.10", "10.1"]);
  });

  it("is re-exported from roll-up", () => {
    expect(reExported).toBe(compareActionCodes);
  });
});
