/**
 * CSV for the open-data downloads: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark so
 * spreadsheet programs read macrons (whānau, Māori) correctly instead of guessing a legacy encoding.
 */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = "\uFEFF";
/** Characters that make a spreadsheet treat a text cell as a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell. Text that would start a formula gets a leading `'` so it shows as text. Numbers are left
 * alone: they come from typed values, not from people, and `-3` must stay a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = defuseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text that a spreadsheet would take for a formula, with a leading `'` so it stays text. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text `defuseFormula` was given back, for files Mahere reads in again. */
export function restoreDefused(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Rows as CSV lines, each ended by CRLF. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/** A whole document: header row, then one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${csvLines([header, ...rows])}`;
}
