/**
 * The translation workbook (XLSX): one sheet, "Translations", with the columns key, English,
 * te reo Māori and status. Exported for translators; read back when they import it. Reading
 * checks the file itself (a spreadsheet, not too large, the columns there, text in the cells); what
 * the text says is checked against the catalogue by import-diff.ts.
 */
import ExcelJS from "exceljs";
import type { TranslationImportError } from "@/db/schema/translations";
import type { TranslationStatus } from "./catalogue.mjs";

export const SHEET = "Translations";
export const COLUMNS = { key: "key", english: "English", maori: "te reo Māori", status: "status" } as const;
/** Far above the whole catalogue with every key translated (about 100 KB). */
export const MAX_BYTES = 1_000_000;
export const MAX_ROWS = 10_000;

export type WorkbookRow = { key: string; english: string; maori: string; status: TranslationStatus };
/** One row as read back: where it is, its key and its te reo Māori text (null when the cell is empty). */
export type ImportRow = {
  sheet: string;
  row: number;
  keyColumn: string;
  textColumn: string;
  key: string;
  text: string | null;
};

const fileError = (message: string): TranslationImportError => ({ sheet: "", row: 0, column: "", message });
export const NOT_A_SPREADSHEET =
  "This file is not an Excel workbook (.xlsx). Export one from this page, fill it in and import that.";
export const TOO_LARGE = `This file is too large: a translation workbook is at most ${MAX_BYTES / 1_000_000} MB and ${MAX_ROWS.toLocaleString("en-NZ")} rows.`;

export async function translationWorkbook(rows: WorkbookRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mahere";
  wb.title = "Mahere interface text in te reo Māori";
  const ws = wb.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: COLUMNS.key, width: 45 },
    { header: COLUMNS.english, width: 60 },
    { header: COLUMNS.maori, width: 60 },
    { header: COLUMNS.status, width: 20 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow([r.key, r.english, r.maori, r.status]);
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  ws.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const columnLetter = (n: number) => {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** A cell's text, or why it holds something else (a formula, a date, an error value). */
function cellText(cell: ExcelJS.Cell): { text: string | null } | { wrong: string } {
  const v = cell.value;
  if (v === null || v === undefined || v === "") return { text: null };
  if (typeof v === "string") return { text: v };
  if (typeof v === "number" || typeof v === "boolean") return { text: String(v) };
  if (v instanceof Date) return { wrong: "a date where text belongs: type the words as text" };
  if ("formula" in v || "sharedFormula" in v) return { wrong: "a formula where text belongs: type the words as text" };
  if ("richText" in v) return { text: v.richText.map((part) => part.text).join("") };
  if ("error" in v) return { wrong: `an error value (${String(v.error)}) where text belongs` };
  if ("text" in v && typeof v.text === "string") return { text: v.text }; // a hyperlink's text
  return { wrong: "something other than text" };
}

const headerName = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim().toLowerCase() : "");

/**
 * The rows of every sheet headed with a "key" and a "te reo Māori" column (other sheets, notes a
 * translator added, are left alone), or what is wrong with the file. Text comes back in NFC, so a
 * macron typed as a letter and a combining mark is the same text as the catalogue's.
 */
export async function readTranslationWorkbook(
  file: Uint8Array,
): Promise<{ rows: ImportRow[]; errors: TranslationImportError[] }> {
  if (file.byteLength > MAX_BYTES) return { rows: [], errors: [fileError(TOO_LARGE)] };
  // An XLSX file is a zip archive: it starts "PK\x03\x04".
  if (file.byteLength < 4 || file[0] !== 0x50 || file[1] !== 0x4b || file[2] !== 3 || file[3] !== 4) {
    return { rows: [], errors: [fileError(NOT_A_SPREADSHEET)] };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [fileError(NOT_A_SPREADSHEET)] };
  }
  const rows: ImportRow[] = [];
  const errors: TranslationImportError[] = [];
  let found = false;
  for (const ws of wb.worksheets) {
    const header = ws.getRow(1);
    let keyCol = 0;
    let textCol = 0;
    header.eachCell((cell, col) => {
      const name = headerName(cell.value);
      if (name === COLUMNS.key.toLowerCase()) keyCol = col;
      if (name === COLUMNS.maori.toLowerCase()) textCol = col;
    });
    if (!keyCol) continue;
    found = true;
    if (!textCol) {
      errors.push({ sheet: ws.name, row: 1, column: "", message: `No column is headed “${COLUMNS.maori}”.` });
      continue;
    }
    if (ws.rowCount > MAX_ROWS + 1) return { rows: [], errors: [fileError(TOO_LARGE)] };
    const keyColumn = `${columnLetter(keyCol)} (${COLUMNS.key})`;
    const textColumn = `${columnLetter(textCol)} (${COLUMNS.maori})`;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const key = cellText(row.getCell(keyCol));
      const text = cellText(row.getCell(textCol));
      if ("wrong" in key)
        errors.push({ sheet: ws.name, row: r, column: keyColumn, message: `This cell holds ${key.wrong}.` });
      if ("wrong" in text) {
        errors.push({ sheet: ws.name, row: r, column: textColumn, message: `This cell holds ${text.wrong}.` });
      }
      if ("wrong" in key || "wrong" in text) continue;
      if (key.text === null && text.text === null) continue;
      rows.push({
        sheet: ws.name,
        row: r,
        keyColumn,
        textColumn,
        key: key.text?.trim() ?? "",
        text: text.text?.normalize("NFC") ?? null,
      });
    }
  }
  if (!found) {
    errors.push(fileError(`No sheet has a column headed “${COLUMNS.key}”: import a workbook exported from this page.`));
  }
  return { rows, errors };
}
