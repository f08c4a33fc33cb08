/**
 * Reads an uploaded plan file (XLSX, a zip of CSV files, or JSON) into rows of text per sheet, in
 * the layout's columns. Nothing here knows the plan: checking values is validate.ts's work.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { restoreDefused } from "@/lib/public/csv";
import { parseCsv } from "./csv-parse";
import { LAYOUT, MAX_ROWS, MAX_UPLOAD_BYTES, SHEET_NAMES, type SheetName } from "./layout";
import { PlanFileRefused, type ImportProblem } from "./problems";

export type PlanFileFormat = "xlsx" | "csv" | "json";
/** `flagged`: columns whose cell was already refused while reading (a formula, an error value). */
export type RawRow = { row: number; cells: Record<string, string>; flagged?: string[] };
export type RawWorkbook = {
  format: PlanFileFormat;
  sheets: Partial<Record<SheetName, RawRow[]>>;
  problems: ImportProblem[];
};

/** A cell as read: text, or a formula (refused where text belongs), or an error value. */
type Cell = { text: string } | { formula: string } | { error: string };

const NOT_SPREADSHEET =
  "This file is not a plan spreadsheet: upload the XLSX workbook, the zip of CSV files or the JSON file that the export page gives.";

const clean = (text: string) => restoreDefused(text.normalize("NFC").trim());

/** Which of the three formats the bytes are, by their content (never by the file name). */
export async function detectFormat(bytes: Uint8Array): Promise<{ format: PlanFileFormat; zip?: JSZip }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new PlanFileRefused("not_spreadsheet", NOT_SPREADSHEET);
    }
    return { format: zip.file("[Content_Types].xml") ? "xlsx" : "csv", zip };
  }
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("{")) return { format: "json" };
  throw new PlanFileRefused("not_spreadsheet", NOT_SPREADSHEET);
}

function sheetName(name: string, problems: ImportProblem[]): SheetName | null {
  const n = name.trim().toLowerCase();
  if ((SHEET_NAMES as readonly string[]).includes(n)) return n as SheetName;
  problems.push({
    sheet: name,
    row: null,
    column: null,
    message: `"${name}" is not a sheet of the plan layout (${SHEET_NAMES.join(", ")}).`,
  });
  return null;
}

/** Header row and data rows of one sheet, as read from any format, into named cells. */
function toRows(sheet: SheetName, header: string[], data: { row: number; cells: Cell[] }[], problems: ImportProblem[]) {
  const known = LAYOUT[sheet].columns.map((c) => c.key);
  const names = header.map((h) => h.trim().toLowerCase());
  names.forEach((name, i) => {
    if (name !== "" && !known.includes(name))
      problems.push({ sheet, row: 1, column: header[i] ?? name, message: "Not a column of this sheet." });
  });
  for (const key of known)
    if (!names.includes(key))
      problems.push({ sheet, row: 1, column: key, message: "This column is missing from the header row." });
  const rows: RawRow[] = [];
  for (const { row, cells: values } of data) {
    if (values.every((v) => "text" in v && v.text.trim() === "")) continue;
    const cells: Record<string, string> = {};
    const flagged: string[] = [];
    names.forEach((name, i) => {
      if (!known.includes(name)) return;
      const v = values[i] ?? { text: "" };
      if ("formula" in v) {
        problems.push({
          sheet,
          row,
          column: name,
          message: `A formula (=${v.formula}) where a value belongs: type the value itself.`,
        });
        flagged.push(name);
      } else if ("error" in v) {
        problems.push({ sheet, row, column: name, message: `The cell holds the error ${v.error}.` });
        flagged.push(name);
      } else cells[name] = clean(v.text);
    });
    rows.push(flagged.length ? { row, cells, flagged } : { row, cells });
  }
  return rows;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number") return { text: String(value) };
  if (typeof value === "boolean") return { text: value ? "yes" : "no" };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ("formula" in value || "sharedFormula" in value) {
    const v = value as { formula?: string; sharedFormula?: string };
    return { formula: v.formula ?? v.sharedFormula ?? "" };
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return { text: value.richText.map((r) => r.text).join("") };
  if ("text" in value) return { text: String(value.text) };
  return { text: "" };
}

/** A date column holding a spreadsheet serial number (a date typed without a date format). */
function serialDate(text: string): string {
  if (!/^\d{5}(\.\d+)?$/.test(text)) return text;
  return new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
}

async function readXlsx(bytes: Uint8Array, problems: ImportProblem[], progress: (n: number) => void) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new PlanFileRefused("not_spreadsheet", NOT_SPREADSHEET);
  }
  const sheets: RawWorkbook["sheets"] = {};
  let done = 0;
  for (const ws of wb.worksheets) {
    const name = sheetName(ws.name, problems);
    if (name && !sheets[name]) {
      const header: string[] = [];
      const data: { row: number; cells: Cell[] }[] = [];
      ws.eachRow({ includeEmpty: false }, (r, n) => {
        const cells: Cell[] = [];
        for (let c = 1; c <= Math.max(r.cellCount, 1); c++) cells.push(excelCell(r.getCell(c).value));
        if (n === 1) header.push(...cells.map((c) => ("text" in c ? c.text : "")));
        else data.push({ row: n, cells });
      });
      const dateColumns = LAYOUT[name].columns.filter((c) => c.kind === "date").map((c) => c.key);
      const rows = toRows(name, header, data, problems);
      for (const r of rows) for (const k of dateColumns) if (r.cells[k]) r.cells[k] = serialDate(r.cells[k]);
      sheets[name] = rows;
    }
    progress(++done / wb.worksheets.length);
  }
  return sheets;
}

async function readCsvZip(zip: JSZip, problems: ImportProblem[], progress: (n: number) => void) {
  const files = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith("__MACOSX/"));
  const sheets: RawWorkbook["sheets"] = {};
  let done = 0;
  for (const file of files) {
    const base = file.name.split("/").pop() ?? file.name;
    if (!/\.csv$/i.test(base)) {
      problems.push({
        sheet: base,
        row: null,
        column: null,
        message: "Not a CSV file: the zip should hold only CSV files.",
      });
      continue;
    }
    const name = sheetName(base.replace(/\.csv$/i, ""), problems);
    if (!name) continue;
    const [header = [], ...lines] = parseCsv(await file.async("string"));
    sheets[name] = toRows(
      name,
      header,
      lines.map((cells, i) => ({ row: i + 2, cells: cells.map((text) => ({ text })) })),
      problems,
    );
    progress(++done / files.length);
  }
  return sheets;
}

function readJson(bytes: Uint8Array, problems: ImportProblem[]) {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    throw new PlanFileRefused("not_spreadsheet", NOT_SPREADSHEET);
  }
  const body = doc as { sheets?: unknown };
  if (typeof body !== "object" || body === null || typeof body.sheets !== "object" || body.sheets === null)
    throw new PlanFileRefused("not_spreadsheet", NOT_SPREADSHEET);
  const sheets: RawWorkbook["sheets"] = {};
  for (const [key, items] of Object.entries(body.sheets as Record<string, unknown>)) {
    const name = sheetName(key, problems);
    if (!name) continue;
    if (!Array.isArray(items)) {
      problems.push({ sheet: key, row: null, column: null, message: "Should be a list of rows." });
      continue;
    }
    const header = LAYOUT[name].columns.map((c) => c.key);
    const extra = new Set<string>();
    const data = items.map((item: unknown, i) => {
      const record = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
      for (const k of Object.keys(record)) if (!header.includes(k)) extra.add(k);
      const cells = header.map((k): Cell => {
        const v = record[k];
        if (v === null || v === undefined) return { text: "" };
        if (typeof v === "boolean") return { text: v ? "yes" : "no" };
        if (typeof v === "string" || typeof v === "number") return { text: String(v) };
        return { error: "(not text)" };
      });
      return { row: i + 1, cells };
    });
    for (const k of extra) problems.push({ sheet: name, row: null, column: k, message: "Not a column of this sheet." });
    sheets[name] = toRows(name, header, data, problems);
  }
  return sheets;
}

/** Reads the file; `progress` hears the fraction of sheets read (0 to 1). */
export async function readPlanFile(
  bytes: Uint8Array,
  progress: (fraction: number) => void = () => {},
): Promise<RawWorkbook> {
  if (bytes.byteLength === 0) throw new PlanFileRefused("empty", "The file is empty.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new PlanFileRefused(
      "too_large",
      `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; Mahere accepts plan files up to ${MAX_UPLOAD_BYTES / 1048576} MB.`,
    );
  const { format, zip } = await detectFormat(bytes);
  const problems: ImportProblem[] = [];
  const sheets =
    format === "xlsx"
      ? await readXlsx(bytes, problems, progress)
      : format === "csv"
        ? await readCsvZip(zip!, problems, progress)
        : readJson(bytes, problems);
  progress(1);
  const rows = Object.values(sheets).reduce((n, s) => n + s.length, 0);
  if (rows > MAX_ROWS)
    throw new PlanFileRefused("too_many_rows", `The file has ${rows} rows; Mahere reads up to ${MAX_ROWS} at once.`);
  return { format, sheets, problems };
}
