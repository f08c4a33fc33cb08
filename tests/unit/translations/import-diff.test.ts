import { describe, expect, it } from "vitest";
import { diffImport, type Catalogue } from "@/lib/translations/import-diff";
import type { ImportRow } from "@/lib/translations/workbook";

const catalogue: Catalogue = {
  english: new Map([
    ["home.title", "Administration"],
    ["home.hello", "Hello {name}"],
    ["home.spaced", " (draft)"],
    ["home.done", "Done"],
  ]),
  current: new Map([
    ["home.title", "Administration"],
    ["home.hello", "Hello {name}"],
    ["home.spaced", " (draft)"],
    ["home.done", "Kua oti"],
  ]),
};

const row = (n: number, key: string, text: string | null): ImportRow => ({
  sheet: "Translations",
  row: n,
  keyColumn: "A (key)",
  textColumn: "C (te reo Māori)",
  key,
  text,
});

describe("a translation import's dry run", () => {
  it("sorts rows into changes (before → after) and unchanged, trimming stray spaces unless the English has them", () => {
    const diff = diffImport(catalogue, [
      row(2, "home.title", "Whakahaere  "),
      row(3, "home.hello", "Hello {name}"),
      row(4, "home.done", null),
      row(5, "home.spaced", " (hukihuki)"),
    ]);
    expect(diff).toEqual({
      changes: [
        { key: "home.title", before: "Administration", after: "Whakahaere" },
        { key: "home.spaced", before: " (draft)", after: " (hukihuki)" },
      ],
      unchanged: 2,
      errors: [],
    });
  });

  it("names each error's sheet, row and column: unknown key, repeated key, missing key, broken placeholders", () => {
    const diff = diffImport(catalogue, [
      row(2, "home.nope", "Kāore"),
      row(3, "home.title", "Whakahaere"),
      row(4, "home.title", "Te whakahaere"),
      row(5, "", "He kupu"),
      row(6, "home.hello", "Kia ora {ingoa}"),
    ]);
    expect(diff.errors).toEqual([
      {
        sheet: "Translations",
        row: 2,
        column: "A (key)",
        message: "Unknown key “home.nope”: Mahere has no such text.",
      },
      { sheet: "Translations", row: 4, column: "A (key)", message: "The key “home.title” is also on row 3." },
      { sheet: "Translations", row: 5, column: "A (key)", message: "This row has text but no key." },
      {
        sheet: "Translations",
        row: 6,
        column: "C (te reo Māori)",
        message: "Placeholders missing: {name} (keep them as in the English).",
      },
      {
        sheet: "Translations",
        row: 6,
        column: "C (te reo Māori)",
        message: "Placeholders not in the English: {ingoa}.",
      },
    ]);
    expect(diff.changes).toEqual([{ key: "home.title", before: "Administration", after: "Whakahaere" }]);
  });
});
