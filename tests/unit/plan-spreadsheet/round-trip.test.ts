import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  dryRun,
  planFile,
  readPlanFile,
  isPlanFileRefused,
  MAX_UPLOAD_BYTES,
  type ExportFormat,
} from "@/lib/plan-spreadsheet";
import { AGENCIES, smallPlan } from "./fixtures";

const plan = () => ({ sheets: smallPlan(), agencies: AGENCIES });

async function refusal(bytes: Uint8Array) {
  try {
    await readPlanFile(bytes);
  } catch (error) {
    if (isPlanFileRefused(error)) return error.code;
    throw error;
  }
  return null;
}

describe("export then import", () => {
  it.each<ExportFormat>(["xlsx", "csv", "json"])("%s: the same plan comes back, macrons and all", async (format) => {
    const p = plan();
    p.sheets.actions[0]!.title = "Whānau-centred careers support for Māori";
    const bytes = await planFile(format, p.sheets);
    const result = await dryRun(bytes, p);
    expect(result.format).toBe(format);
    expect(result.problems).toEqual([]);
    expect(result.changeCount).toBe(0);
    const raw = await readPlanFile(bytes);
    expect(raw.sheets.actions![0]!.cells.title).toBe("Whānau-centred careers support for Māori");
  });

  it("defuses text that would start a formula, and restores it on reading", async () => {
    const bytes = await planFile("csv", smallPlan());
    const csv = await (await JSZip.loadAsync(bytes)).file("actions.csv")!.async("string");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`,"'=SUM(A1) is text, not a formula",`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planFile("xlsx", smallPlan())) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("completion_criteria")!.getCell("C2").value).toBe("'-Done when done");
    const raw = await readPlanFile(await planFile("xlsx", smallPlan()));
    expect(raw.sheets.completion_criteria![0]!.cells.description).toBe("-Done when done");
  });
});

describe("files that are not a plan", () => {
  it("refuses what is not a spreadsheet, is empty or is too large", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.7 not a plan"))).toBe("not_spreadsheet");
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("not_spreadsheet");
    expect(await refusal(new Uint8Array())).toBe("empty");
    expect(await refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x7b))).toBe("too_large");
  });

  it("names a formula where a value belongs, and an unknown sheet and column", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planFile("xlsx", smallPlan())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("actions")!;
    ws.getCell("B3").value = { formula: 'CONCAT("a","b")', result: "ab" };
    ws.getCell("L1").value = "notes";
    wb.addWorksheet("Sheet9").getCell("A1").value = "x";
    const result = await dryRun(new Uint8Array(await wb.xlsx.writeBuffer()), plan());
    expect(result.problems).toEqual([
      { sheet: "actions", row: 1, column: "notes", message: "Not a column of this sheet." },
      {
        sheet: "actions",
        row: 3,
        column: "title",
        message: 'A formula (=CONCAT("a","b")) where a value belongs: type the value itself.',
      },
      expect.objectContaining({ sheet: "Sheet9", row: null }),
    ]);
  });

  it("names a missing column in a CSV file", async () => {
    const zip = new JSZip();
    zip.file("focus_areas.csv", "\uFEFFnumber,title\r\n1,Tūāpapa\r\n");
    const result = await dryRun(await zip.generateAsync({ type: "uint8array" }), plan());
    expect(result.problems).toContainEqual({
      sheet: "focus_areas",
      row: 1,
      column: "description",
      message: "This column is missing from the header row.",
    });
  });
});
