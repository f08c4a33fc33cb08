import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { openWhenFresh, shoot, signIn } from "./support";

const TITLE = `Whānau-centred careers support in te ao Māori ${Date.now().toString(36)}`;

/** Sets one cell of the actions sheet, found by the action's code and the column's header. */
function setAction(wb: ExcelJS.Workbook, code: string, header: string, value: ExcelJS.CellValue) {
  const ws = wb.getWorksheet("actions")!;
  const column = (ws.getRow(1).values as unknown[]).indexOf(header);
  let found = { row: 0, before: null as ExcelJS.CellValue };
  ws.eachRow((r, n) => {
    if (String(r.getCell(1).value) === code) {
      found = { row: n, before: r.getCell(column).value };
      r.getCell(column).value = value;
    }
  });
  return found;
}

async function upload(page: Page, wb: ExcelJS.Workbook) {
  await page.goto("/admin/plan/import");
  await page.getByLabel("Plan file").setInputFiles({
    name: "revised-plan.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page).toHaveURL(/\/admin\/plan\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Import preview" })).toBeVisible();
}

test("a monitor exports the plan, imports it with a refused cell, fixes it, applies a title with macrons and approves it, and the public pages show it", async ({
  browser,
  page: anonymous,
}) => {
  test.setTimeout(120_000);
  const { page } = await signIn(browser, "monitor");
  await page.goto("/admin/plan/export");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel workbook (XLSX)" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await (await downloading).path())) as unknown as ArrayBuffer);

  setAction(wb, "1.2", "title", TITLE);
  const bad = setAction(wb, "1.3", "lead_agency", "NOBODY");
  await upload(page, wb);
  const problems = page.getByRole("table", { name: "Problems by sheet, row and column" });
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems.getByRole("row").nth(1)).toHaveText(
    new RegExp(`actions\\s*${bad.row}\\s*lead_agency\\s*"NOBODY" is not an agency's slug or acronym\\.`),
  );
  await expect(page.getByRole("button", { name: "Apply the changes" })).toHaveCount(0);
  await shoot(page, "plan-import-problems");

  setAction(wb, "1.3", "lead_agency", bad.before);
  await upload(page, wb);
  const changes = page.getByRole("table", { name: "Changes to actions, field by field" });
  await expect(changes.getByRole("row").nth(1)).toContainText(TITLE);
  await page.getByLabel("Why the plan changes").fill("Title agreed with the action's lead agency.");
  await shoot(page, "plan-import-preview");
  await page.getByRole("button", { name: "Apply the changes" }).click();
  await expect(page.getByRole("complementary", { name: "Applied" })).toContainText("1 change request");

  // The change waits in the draft of the next version; approved, the public pages show it.
  await page.goto("/admin/plan/draft");
  await page.getByLabel("Approving body").fill("Education, Employment and Training chief executives");
  await page.getByLabel("Date of approval").fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("The version is approved and published.")).toBeVisible();
  await openWhenFresh(anonymous, "/actions/1.2", async () => {
    await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  });
  await openWhenFresh(anonymous, "/changes", async () => {
    const version = anonymous.getByRole("region", { name: /^Version 1\.\d+$/ }).first();
    await expect(version).toContainText("Approved by Education, Employment and Training chief executives");
    await expect(version.getByRole("cell", { name: TITLE })).toBeVisible();
  });
});
