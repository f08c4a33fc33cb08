import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { shoot, signIn } from "./support";

/** The newest closed period's report, reached from the list of reports. */
async function openLatestReport(page: Page) {
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Quarterly reports" })).toBeVisible();
  await page.getByRole("main").getByRole("listitem").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Quarterly report: \d{4} Q\d$/ })).toBeVisible();
}

/** Tabs (no mouse) until the link is focused, then presses Enter, and returns the download. */
async function downloadByKeyboard(page: Page, name: string): Promise<Download> {
  const link = page.getByRole("link", { name });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  return download;
}

async function text(download: Download) {
  return readFile((await download.path())!, "utf8");
}

async function workbook(download: Download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  return wb;
}

test.describe("quarterly report", () => {
  // A whole report is a long page: the PDF needs more than the default 30 s on a shared machine.
  test.setTimeout(180_000);

  test("anonymous readers get the public version, accessible, with public downloads", async ({ page }) => {
    await openLatestReport(page);
    await expect(page.getByText("Public version: published information only")).toBeVisible();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.slice(0, 2)).toEqual(["Downloads", "Contents"]);
    expect(headings.slice(2, 6)).toEqual(["Overview", "Workstreams", "Exceptions", "Indicators"]);
    expect(headings[6]).toMatch(/^What changed since \d{4} Q\d$/);
    await expect(page.getByRole("table", { name: /Reporting compliance/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Late reporting/ })).toHaveCount(0);

    await page.locator("body").focus();
    const csv = await text(await downloadByKeyboard(page, "Actions as CSV"));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).not.toContain("Reporting");
    expect(csv).toMatch(/[āēīōū]/);
    // The demo's reports are demonstration data, and every format says so.
    await expect(page.getByText(/^Demonstration data: this report/)).toBeVisible();
    expect(csv.split("\r\n")[0]!.endsWith(",notice")).toBe(true);
    const wb = await workbook(await downloadByKeyboard(page, "Full report as Excel (XLSX)"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Notice", "Overview", "Actions", "Exceptions", "Indicators"]);
    expect((wb.getWorksheet("Actions")!.getRow(1).values as unknown[]).slice(1)).not.toContain("Reporting");
    await shoot(page, "report-public");
  });

  test("a monitor gets the staff version, prints it as A4, and downloads the staff files", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor");
    await openLatestReport(page);
    await expect(page.getByText(/^Staff version/)).toBeVisible();
    await expect(page.getByRole("table", { name: /Reporting compliance/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /Late reporting/ })).toBeVisible();

    await page.locator("body").focus();
    const csv = await text(await downloadByKeyboard(page, "Actions as CSV"));
    expect(csv.split("\r\n")[0]).toContain("Reporting");
    const wb = await workbook(await downloadByKeyboard(page, "Full report as Excel (XLSX)"));
    expect((wb.getWorksheet("Actions")!.getRow(1).values as unknown[]).slice(1)).toContain("Reporting");
    await shoot(page, "report-staff");

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.getByRole("link", { name: "Actions as CSV" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ path: ".data/screenshots/report.pdf", format: "A4", preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await context.close();
  });

  test("the open period says its report is not built yet; an unknown one is not found", async ({ page }) => {
    const now = new Date();
    await page.goto(`/reports/${now.getFullYear()}-q${Math.floor(now.getMonth() / 3) + 1}`);
    await expect(page.getByText("This period has not closed yet; the report is built when it closes.")).toBeVisible();
    const response = await page.goto("/reports/1999-q1");
    expect(response?.status()).toBe(404);
  });
});
