/**
 * A translation import's dry run: each row read from the workbook compared with the catalogue.
 * A row changes a key's te reo Māori text, leaves it as it is (the same text, or an empty cell),
 * or is wrong: a key the catalogue does not have, a key given twice, or text that does not keep the
 * English's placeholders and markup (message-check.ts). Pure, so the preview and the apply agree.
 */
import type { TranslationChange, TranslationImportError } from "@/db/schema/translations";
import { checkTranslation } from "./message-check";
import type { ImportRow } from "./workbook";

export type Catalogue = {
  /** Every key's English text. */
  english: ReadonlyMap<string, string>;
  /** Every key's te reo Māori text as the site shows it now (files with imported text laid over). */
  current: ReadonlyMap<string, string>;
};

export type ImportDiff = { changes: TranslationChange[]; unchanged: number; errors: TranslationImportError[] };

/** Leading and trailing spaces a spreadsheet cell picked up are dropped, unless the English has them too. */
function tidy(english: string, text: string): string {
  return english.trim() === english ? text.trim() : text;
}

export function diffImport(catalogue: Catalogue, rows: readonly ImportRow[]): ImportDiff {
  const changes: TranslationChange[] = [];
  const errors: TranslationImportError[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const r of rows) {
    const at = { sheet: r.sheet, row: r.row };
    if (!r.key) {
      errors.push({ ...at, column: r.keyColumn, message: "This row has text but no key." });
      continue;
    }
    const english = catalogue.english.get(r.key);
    if (english === undefined) {
      errors.push({ ...at, column: r.keyColumn, message: `Unknown key “${r.key}”: Mahere has no such text.` });
      continue;
    }
    const first = seen.get(r.key);
    if (first !== undefined) {
      errors.push({ ...at, column: r.keyColumn, message: `The key “${r.key}” is also on row ${first}.` });
      continue;
    }
    seen.set(r.key, r.row);
    if (r.text === null) {
      unchanged++;
      continue;
    }
    const text = tidy(english, r.text);
    const problems = checkTranslation(english, text);
    if (problems.length) {
      for (const message of problems) errors.push({ ...at, column: r.textColumn, message });
      continue;
    }
    const before = catalogue.current.get(r.key) ?? "";
    if (text === before) unchanged++;
    else changes.push({ key: r.key, before, after: text });
  }
  return { changes, unchanged, errors };
}
