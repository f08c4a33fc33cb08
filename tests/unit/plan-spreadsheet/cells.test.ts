import { describe, expect, it } from "vitest";
import { parseCell } from "@/lib/plan-spreadsheet";
import { AGENCIES } from "./fixtures";

const parse = (kind: Parameters<typeof parseCell>[0], text: string) => parseCell(kind, text, AGENCIES);

describe("reading one cell", () => {
  it("writes agencies by slug whether given a slug or an acronym, in any case, sorted", () => {
    expect(parse("agency", "MOE")).toEqual({ ok: true, value: "moe" });
    expect(parse("agencyList", "TEC; moe, tec")).toEqual({ ok: true, value: "moe, tec" });
  });

  it("refuses unknown and retired agencies, saying which", () => {
    expect(parse("agency", "XYZ")).toEqual({ ok: false, problem: expect.stringContaining('"XYZ"') });
    expect(parse("agencyList", "tec, OLD")).toEqual({ ok: false, problem: expect.stringContaining("retired") });
  });

  it("keeps number lists sorted and unique", () => {
    expect(parse("numberList", "3, 1;3")).toEqual({ ok: true, value: "1, 3" });
    expect(parse("numberList", "1, two").ok).toBe(false);
  });

  it("reads yes and no in English and te reo Māori, and an empty cell as no", () => {
    expect(parse("boolean", "TRUE")).toEqual({ ok: true, value: "yes" });
    expect(parse("boolean", "Āe".toLowerCase())).toEqual({ ok: true, value: "yes" });
    expect(parse("boolean", "")).toEqual({ ok: true, value: "no" });
    expect(parse("boolean", "maybe").ok).toBe(false);
  });

  it("accepts real calendar dates only", () => {
    expect(parse("date", "2024-02-29").ok).toBe(true);
    expect(parse("date", "2023-02-29").ok).toBe(false);
    expect(parse("date", "29/02/2024").ok).toBe(false);
  });

  it("needs a value in required columns, not in optional ones", () => {
    expect(parse("text", "").ok).toBe(false);
    expect(parse("optionalText", "")).toEqual({ ok: true, value: "" });
    expect(parse("actionCode", "12.10").ok).toBe(true);
    expect(parse("actionCode", "1.04").ok).toBe(false);
    expect(parse("actionCode", "0.4").ok).toBe(false);
    expect(parse("positiveInt", "0").ok).toBe(false);
  });
});
