import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildQuarterlyReport } from "@/lib/reports/build-report";
import { publicReport } from "@/lib/reports/public-report";
import { reportCsv } from "@/lib/reports/report-csv";
import { cssString, DEMO_REPORT_NOTICE } from "@/lib/reports/report-notice";
import { reportWorkbook } from "@/lib/reports/report-workbook";
import { action, indicator, PERIOD } from "./fixtures";

const staff = buildQuarterlyReport({
  period: PERIOD,
  actions: [
    action("1.1", {
      title: "Kōrero with whānau and Māori learners",
      forecastDue: "2027-03-31",
      reporting: { state: "late", submittedLate: false },
      update: { ...action("1.1").update!, publicNarrative: '=HYPERLINK("x") hui at Tūranganui-a-Kiwa' },
    }),
    action("2.1", { confidence: "at_risk" }),
  ],
  indicators: [indicator("I1", { title: "Rangatahi in employment" })],
  previous: null,
});

describe("quarterly report CSV", () => {
  it("has a BOM, one row per action, keeps macrons and neutralises formulas", () => {
    const csv = reportCsv(staff);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "Code,Action,Workstream,Lead agency,Stage,Confidence,System state,Progress (%),Baseline due,Forecast due,Reporting,Narrative",
    );
    expect(lines[1]).toContain("Kōrero with whānau and Māori learners");
    expect(lines[1]).toContain(",2026-12-31,2027-03-31,Late,");
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") hui at Tūranganui-a-Kiwa"`);
  });

  it("has no reporting column in the public version", () => {
    const csv = reportCsv(publicReport(staff));
    expect(csv).not.toContain("Reporting");
    expect(csv).not.toContain("Late");
    expect(csv.split("\r\n")[1]).toContain(",2026-12-31,2027-03-31,");
  });
});

async function parse(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe("quarterly report XLSX", () => {
  it("has the four sheets with a bold, frozen header row", async () => {
    const wb = await parse(await reportWorkbook(staff));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overview", "Actions", "Exceptions", "Indicators"]);
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("stores dates as real dates and keeps macrons", async () => {
    const wb = await parse(await reportWorkbook(staff));
    const actions = wb.getWorksheet("Actions")!;
    const header = (actions.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("Reporting");
    const row = actions.getRow(2);
    expect(row.getCell(2).value).toBe("Kōrero with whānau and Māori learners");
    const due = row.getCell(header.indexOf("Forecast due") + 1).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString()).toBe("2027-03-31T00:00:00.000Z");
    expect(row.getCell(header.indexOf("Narrative") + 1).value).toBe('=HYPERLINK("x") hui at Tūranganui-a-Kiwa');
    expect(row.getCell(header.indexOf("Narrative") + 1).type).toBe(ExcelJS.ValueType.String);
    const exceptions = wb.getWorksheet("Exceptions")!;
    const kinds = exceptions
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[1]);
    expect(kinds).toEqual(["At risk", "Slipped", "Late reporting"]);
    expect(wb.getWorksheet("Indicators")!.getRow(2).getCell(2).value).toBe("Rangatahi in employment");
  });

  it("has no reporting detail in the public version", async () => {
    const wb = await parse(await reportWorkbook(publicReport(staff)));
    const header = (wb.getWorksheet("Actions")!.getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain("Reporting");
    const overview = wb
      .getWorksheet("Overview")!
      .getSheetValues()
      .map((r) => String((r as unknown[] | undefined)?.[1]));
    expect(overview.some((m) => m.startsWith("Reporting"))).toBe(false);
    const kinds = wb
      .getWorksheet("Exceptions")!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[1]);
    expect(kinds).toEqual(["At risk", "Slipped"]);
  });
});

describe("a report of demonstration data says so in every format", () => {
  it("puts the notice on every CSV row, in a last column, and leaves an official report's CSV as it was", () => {
    const lines = reportCsv(staff, DEMO_REPORT_NOTICE).slice(1).trimEnd().split("\r\n");
    expect(lines[0]!.endsWith(",notice")).toBe(true);
    // (Quoted: the notice has commas in it.)
    for (const line of lines.slice(1)) expect(line.endsWith(`,"${DEMO_REPORT_NOTICE}"`)).toBe(true);
    expect(reportCsv(staff)).not.toContain("notice");
  });

  it("opens the workbook on a Notice sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(staff, DEMO_REPORT_NOTICE)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)[0]).toBe("Notice");
    expect(wb.getWorksheet("Notice")!.getCell(1, 1).value).toBe(DEMO_REPORT_NOTICE);
  });

  it("writes CSS strings that cannot break out of their style element", () => {
    expect(cssString('a"b\\c</style>\n')).toBe('"a\\"b\\\\c\\3C /style> "');
  });
});
