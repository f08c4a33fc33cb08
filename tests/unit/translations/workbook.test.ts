import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isLeft, leaves, translationStatus } from "@/lib/translations/catalogue.mjs";
import {
  MAX_BYTES,
  NOT_A_SPREADSHEET,
  readTranslationWorkbook,
  TOO_LARGE,
  translationWorkbook,
} from "@/lib/translations/workbook";
import { editWorkbook } from "../../support/translation-workbook";

const exported = async () =>
  new Uint8Array(
    await translationWorkbook([
      { key: "home.title", english: "Administration", maori: "Administration", status: "repeats the English" },
      { key: "home.done", english: "Done", maori: "Kua oti", status: "translated" },
    ]),
  );

describe("the translation workbook", () => {
  it("reads back what it wrote, macrons intact (a macron typed as a combining mark too)", async () => {
    const file = await editWorkbook(await exported(), { texts: { "home.title": "Whakahaere ā-ma\u0304hi" } });
    const read = await readTranslationWorkbook(file);
    expect(read.errors).toEqual([]);
    expect(read.rows).toEqual([
      {
        sheet: "Translations",
        row: 2,
        keyColumn: "A (key)",
        textColumn: "C (te reo Māori)",
        key: "home.title",
        text: "Whakahaere ā-māhi",
      },
      {
        sheet: "Translations",
        row: 3,
        keyColumn: "A (key)",
        textColumn: "C (te reo Māori)",
        key: "home.done",
        text: "Kua oti",
      },
    ]);
  });

  it("says where a formula, a date or rich text is instead of plain text", async () => {
    const file = await editWorkbook(await exported(), {
      texts: {
        "home.title": { formula: 'CONCAT("Whaka","haere")', result: "Whakahaere" },
        "home.done": { richText: [{ text: "Kua " }, { font: { bold: true }, text: "oti" }] },
      },
      extraRows: [["home.when", "When", new Date("2026-01-01T00:00:00Z"), ""]],
    });
    const read = await readTranslationWorkbook(file);
    expect(read.errors).toEqual([
      {
        sheet: "Translations",
        row: 2,
        column: "C (te reo Māori)",
        message: "This cell holds a formula where text belongs: type the words as text.",
      },
      {
        sheet: "Translations",
        row: 4,
        column: "C (te reo Māori)",
        message: "This cell holds a date where text belongs: type the words as text.",
      },
    ]);
    expect(read.rows.map((r) => [r.key, r.text])).toEqual([["home.done", "Kua oti"]]);
  });

  it("refuses a file that is not a spreadsheet, is too large, or has no key column", async () => {
    expect(await readTranslationWorkbook(new TextEncoder().encode("key,te reo Māori\n"))).toEqual({
      rows: [],
      errors: [{ sheet: "", row: 0, column: "", message: NOT_A_SPREADSHEET }],
    });
    const zipNotXlsx = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]);
    expect((await readTranslationWorkbook(zipNotXlsx)).errors[0]!.message).toBe(NOT_A_SPREADSHEET);
    expect((await readTranslationWorkbook(new Uint8Array(MAX_BYTES + 1))).errors[0]!.message).toBe(TOO_LARGE);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["hello"]);
    const noKeys = await readTranslationWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(noKeys.errors[0]!.message).toMatch(/^No sheet has a column headed “key”/);
  });
});

describe("the catalogue's rule of what is left to translate", () => {
  it("is the te reo Māori text missing, or repeating English that is not neutral", () => {
    expect(leaves({ a: { b: "x", c: { d: "y" } } })).toEqual(
      new Map([
        ["a.b", "x"],
        ["a.c.d", "y"],
      ]),
    );
    expect(isLeft("Administration", "Administration")).toBe(true);
    expect(isLeft("Administration", undefined)).toBe(true);
    expect(isLeft("Administration", "Whakahaere")).toBe(false);
    expect(isLeft("2023–2026 · 12%", "2023–2026 · 12%")).toBe(false);
    expect(isLeft("Mahere", "Mahere")).toBe(false);
    expect(translationStatus("Done", undefined)).toBe("missing");
    expect(translationStatus("Done", "Done")).toBe("repeats the English");
    expect(translationStatus("Done", "Kua oti")).toBe("translated");
  });
});
