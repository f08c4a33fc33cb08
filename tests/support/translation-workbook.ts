import ExcelJS from "exceljs";

/** A translation workbook as a translator would return it: cells set by key (column C), rows added at the end. */
export async function editWorkbook(
  file: Uint8Array,
  edit: {
    texts?: Record<string, ExcelJS.CellValue>;
    extraRows?: ExcelJS.CellValue[][];
  },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Translations")!;
  const texts = new Map(Object.entries(edit.texts ?? {}));
  ws.eachRow((row, n) => {
    const key = String(row.getCell(1).value);
    if (n > 1 && texts.has(key)) row.getCell(3).value = texts.get(key)!;
  });
  for (const row of edit.extraRows ?? []) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The rows of the workbook's Translations sheet: key → [English, te reo Māori, status]. */
export async function workbookRows(file: Uint8Array): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  const out = new Map<string, string[]>();
  wb.getWorksheet("Translations")!.eachRow((row, n) => {
    if (n > 1)
      out.set(
        String(row.getCell(1).value),
        [2, 3, 4].map((c) => String(row.getCell(c).value ?? "")),
      );
  });
  return out;
}

/** A small translation workbook of the given rows (key, te reo Māori), as a translator might send back a few. */
export async function smallWorkbook(rows: [string, ExcelJS.CellValue][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Translations");
  ws.addRow(["key", "English", "te reo Māori", "status"]);
  for (const [key, text] of rows) ws.addRow([key, "", text, ""]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
