import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { regionSupportCoverage } from "@/lib/stocktake/coverage";
import { coverageCsv, coverageTable, coverageWorkbook } from "@/lib/stocktake/coverage-export";

const matrix = regionSupportCoverage(
  [{ id: 1, scale: "national", regions: [], populations: [], supports: ["training"], recommendationCodes: [] }],
  ["manawatu_whanganui", "evil"],
  ["training"],
  3,
);
const table = coverageTable({
  name: "region-support",
  rowName: "region",
  columnName: "kind_of_support",
  matrix,
  rowLabel: (k) => (k === "evil" ? '=HYPERLINK("http://x.example","click")' : "Manawatū-Whanganui"),
  columnLabel: () => "Training",
});

describe("the coverage downloads", () => {
  it("write one CSV row per cell, UTF-8 with a byte order mark and macrons intact", () => {
    const csv = coverageCsv(table);
    expect(
      csv.startsWith(
        "\uFEFFregion,region_label,kind_of_support,kind_of_support_label,based_in_region,national,total,marking,overlap_threshold\r\n",
      ),
    ).toBe(true);
    expect(csv).toContain("manawatu_whanganui,Manawatū-Whanganui,training,Training,0,1,1,,3\r\n");
    expect(Buffer.from(csv, "utf8").includes(Buffer.from("Manawat\u016b", "utf8"))).toBe(true);
  });

  it("defuse text a spreadsheet would run as a formula, in CSV and in XLSX", async () => {
    expect(coverageCsv(table)).toContain(`evil,"'=HYPERLINK(""http://x.example"",""click"")"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await coverageWorkbook([["note", "-1+1"]], [table])) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("About")!.getCell(2, 2).value).toBe("'-1+1");
    const sheet = wb.getWorksheet("region-support")!;
    expect(sheet.getCell(3, 2).value).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(sheet.getCell(2, 2).value).toBe("Manawatū-Whanganui");
    // Counts stay numbers.
    expect(sheet.getCell(2, 6).value).toBe(1);
  });
});
