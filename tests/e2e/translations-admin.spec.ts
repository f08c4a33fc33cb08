import { expect, test } from "@playwright/test";
import { smallWorkbook } from "../support/translation-workbook";
import { signIn } from "./support";

const HEADING = "Kaweake mā te kaiwhakamāori"; // admin.translations.exportHeading, rendered on the server
const BUTTON = "Tirohia te kōnae"; // admin.translations.check, rendered by a client component

test("an administrator exports the text to translate, imports a translation with a macron, and the site shows it at once", async ({
  browser,
}) => {
  const { page } = await signIn(browser, "admin");
  await page.goto("/admin/translations");
  const exported = await page.request.get("/admin/translations/translations.xlsx");
  expect(exported.headers()["content-type"]).toContain("spreadsheetml");
  // What the workbook holds and how it is read are tested in vitest; here, a translator's few rows.
  const translated = await smallWorkbook([
    ["admin.translations.exportHeading", HEADING],
    ["admin.translations.check", BUTTON],
  ]);
  await page.getByLabel("Translated workbook (.xlsx)").setInputFiles({
    name: "whakamāori.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(translated),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check the import" })).toBeVisible();
  await expect(page.getByRole("row", { name: /admin\.translations\.check/ })).toContainText(BUTTON);
  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByRole("status")).toContainText("The translations were applied");

  await page.goto("/mi/admin/translations");
  await expect(page.getByRole("heading", { level: 2, name: HEADING })).toBeVisible();
  await expect(page.getByRole("button", { name: BUTTON })).toBeVisible();
});
