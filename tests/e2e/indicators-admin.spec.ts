import { expectNoAxeViolations, openWhenFresh, shoot, signIn } from "./support";
import { expect, test, type Page } from "@playwright/test";

const RUN = Date.now().toString(36).toUpperCase();

test.describe.configure({ mode: "serial" });

async function fillDetails(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Title", { exact: true }).fill(`Learners with a career plan ${RUN}`);
  await page.getByLabel("What it measures").fill("Share of school leavers who leave with a written career plan.");
  await page.getByLabel("Unit", { exact: true }).fill("%");
  await page.getByLabel("Better direction").selectOption("increase");
  await page.getByLabel("Baseline date").fill("2024-06-30");
  await page.getByLabel("Target value").fill("60");
  await page.getByLabel("Data source").fill("Ministry of Education school leavers data");
  await page.getByLabel("Owner agency").selectOption({ label: "Tertiary Education Commission (TEC)" });
  await page.getByRole("checkbox", { name: /^1\.4 / }).check();
  await page.getByRole("checkbox", { name: /^Recommendation 1:/ }).check();
}

test("a monitor creates an indicator, fixes a refused value, records readings, and the public page shows them", async ({
  browser,
  page: anonymous,
}) => {
  test.setTimeout(180_000);
  const code = `E${RUN}`;
  const { page } = await signIn(browser, "monitor");
  await page.goto("/admin/indicators");
  await expect(page.getByRole("heading", { level: 1, name: "Manage indicators" })).toBeVisible();
  const list = page.getByRole("table", { name: /^Indicators/ });
  await expect(list.getByRole("rowheader", { name: "I1", exact: true })).toBeVisible();
  await shoot(page, "indicators-admin-list");

  await page.getByRole("link", { name: "Add an indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an indicator" })).toBeVisible();
  await shoot(page, "indicators-admin-new");

  // A bad number and a target before the baseline: every error at once, every answer kept.
  await fillDetails(page, code);
  await page.getByLabel("Baseline value").fill("abc");
  await page.getByLabel("Target date").fill("2023-01-01");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  const baseline = page.getByLabel("Baseline value");
  await expect(baseline).toHaveAttribute("aria-invalid", "true");
  await expect(baseline).toHaveAttribute("aria-describedby", /field-baselineValue-error/);
  await expect(page.locator("#field-baselineValue-error")).toHaveText(
    "Enter the baseline value as a number, for example 12.5 (digits and one decimal point).",
  );
  await expect(page.locator("#field-targetDate-error")).toHaveText("The target date must be after the baseline date.");
  await expect(page.getByRole("link", { name: /^Baseline value: Enter the baseline value/ })).toHaveAttribute(
    "href",
    "#field-baselineValue",
  );
  await expect(baseline).toHaveValue("abc");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`Learners with a career plan ${RUN}`);
  await expect(page.getByLabel("Owner agency")).toHaveValue(/\d+/);
  await expect(page.getByRole("checkbox", { name: /^1\.4 / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Recommendation 1:/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await shoot(page, "indicators-admin-new-errors");

  await baseline.fill("12.5");
  await page.getByLabel("Target date").fill("2028-06-30");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await page.waitForURL(new RegExp(`/admin/indicators/${code}\\?done=created`));
  await expect(page.getByRole("status")).toHaveText(/The indicator was created/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Learners with a career plan ${RUN}`);
  await expect(page.getByLabel("Baseline value")).toHaveValue("12.5");
  await shoot(page, "indicators-admin-edit");

  // Readings for the open period, with a group and a region.
  const save = page.getByRole("button", { name: /^Save readings for / });
  const period = ((await save.textContent()) ?? "").replace("Save readings for ", "").trim();
  await page.getByLabel(/^Total for /).fill("abc");
  await save.click();
  await expect(page.locator("#field-total-error")).toHaveText(
    "Enter the total as a number, for example 12.5 (digits and one decimal point).",
  );
  await page.getByLabel(/^Total for /).fill("41.5");
  await page.getByLabel("Māori", { exact: true }).fill("35");
  await page.getByLabel("Region 1 name").fill("Auckland");
  await page.getByLabel("Region 1 value").fill("44");
  await page.getByRole("button", { name: /^Save readings for / }).click();
  await page.waitForURL(/done=readings/);
  await expect(page.getByRole("status")).toHaveText(/The readings were saved/);
  const recorded = page.getByRole("table", { name: new RegExp(`Readings recorded for ${code}`) });
  await expect(recorded.getByRole("row", { name: new RegExp(period) })).toContainText("41.5");
  await expect(recorded).toContainText("Māori: 35");
  await expect(recorded).toContainText("Auckland: 44");
  await shoot(page, "indicators-admin-readings");

  // A closed period is frozen: no form, a plain explanation.
  const closedOption = page.locator("#field-period option", { hasText: "(closed)" }).first();
  await page.getByLabel("Reporting period").selectOption((await closedOption.getAttribute("value"))!);
  await page.getByRole("button", { name: "Show this period" }).click();
  await expect(page.getByRole("complementary", { name: /is closed$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Save readings for / })).toHaveCount(0);

  // The list shows the latest reading; the public page shows the indicator and its reading.
  await page.goto("/admin/indicators");
  await expect(page.getByRole("row", { name: new RegExp(`^${code} `) })).toContainText(`41.5 % (${period})`);
  const section = anonymous.locator(`section[id="indicator-${code}"]`);
  await openWhenFresh(anonymous, "/indicators", () =>
    expect(section.getByRole("heading", { level: 2 })).toContainText(`Learners with a career plan ${RUN}`, {
      timeout: 1_000,
    }),
  );
  await expect(section.getByRole("table", { name: /readings by reporting period/ })).toContainText("41.5");
  await expect(section).toContainText("Auckland");
});

test("only TEC monitors may open indicator management; the public is sent to sign in", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const { page: approver } = await signIn(browser, "ownApprover");
  for (const path of ["/admin/indicators", "/admin/indicators/new", "/admin/indicators/I1"]) {
    const response = await approver.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(approver.getByRole("heading", { level: 1, name: "You cannot open this page" })).toBeVisible();
  }
  await shoot(approver, "indicators-admin-forbidden");
  const { page: admin } = await signIn(browser, "admin");
  expect((await admin.goto("/admin/indicators"))?.status()).toBe(403);
  await page.goto("/admin/indicators/new");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Findicators%2Fnew/);
});

test("the new-indicator form can be completed with the keyboard alone", async ({ browser }) => {
  test.setTimeout(120_000);
  const code = `K${RUN}`;
  const { page } = await signIn(browser, "monitor");
  await page.goto("/admin/indicators/new");
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
  const tabTo = async (id: string, max = 80) => {
    for (let i = 0; i < max && (await focusedId()) !== id; i++) await page.keyboard.press("Tab");
    expect(await focusedId()).toBe(id);
  };

  await tabTo("field-code");
  await page.keyboard.type(code);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Keyboard-made indicator");
  await tabTo("field-description");
  await page.keyboard.type("Made without a mouse.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("people");
  await page.keyboard.press("Tab"); // direction: "Increase" is already chosen
  await tabTo("field-baselineValue");
  await page.keyboard.type("10");
  // A date field takes its segments in the browser's own order.
  const usOrder = (await page.evaluate(() => navigator.language)) === "en-US";
  await tabTo("field-baselineDate");
  await page.keyboard.type(usOrder ? "06302024" : "30062024");
  await tabTo("field-targetValue");
  await page.keyboard.type("20");
  await tabTo("field-targetDate");
  await page.keyboard.type(usOrder ? "06302027" : "30062027");
  await expect(page.getByLabel("Baseline date")).toHaveValue("2024-06-30");
  await expect(page.getByLabel("Target date")).toHaveValue("2027-06-30");
  await tabTo("field-dataSource");
  await page.keyboard.type("Survey");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // the first agency
  await expect(page.getByLabel("Owner agency")).not.toHaveValue("");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  const firstAction = page.getByRole("checkbox").first();
  await expect(firstAction).toBeFocused();
  await expect(firstAction).toBeChecked();
  // The focused control always shows a visible outline.
  const outline = await firstAction.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");

  for (let i = 0; i < 120; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (name === "Create indicator") break;
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "Create indicator" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/admin/indicators/${code}\\?done=created`));
  await expect(page.getByRole("status")).toHaveText(/The indicator was created/);
});

test("the forms work without JavaScript: errors with answers kept, then a save", async ({ browser }) => {
  test.setTimeout(120_000);
  const code = `N${RUN}`;
  const signedIn = await signIn(browser, "monitor");
  const context = await browser.newContext({
    storageState: await signedIn.context.storageState(),
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": "192.0.2.250" },
  });
  const page = await context.newPage();
  await page.goto("/admin/indicators/new");
  await fillDetails(page, code);
  await page.getByLabel("Baseline value").fill("Infinity");
  await page.getByLabel("Target date").fill("2028-06-30");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.locator("#field-baselineValue-error")).toContainText("Enter the baseline value as a number");
  await expect(page.getByLabel("Baseline value")).toHaveValue("Infinity");
  await expect(page.getByRole("checkbox", { name: /^1\.4 / })).toBeChecked();
  await page.getByLabel("Baseline value").fill("7");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await page.waitForURL(new RegExp(`/admin/indicators/${code}\\?done=created`));
  await expect(page.getByRole("status")).toHaveText(/The indicator was created/);

  await page.getByLabel(/^Total for /).fill("9.5");
  await page.getByRole("button", { name: /^Save readings for / }).click();
  await page.waitForURL(/done=readings/);
  await expect(page.getByRole("table", { name: new RegExp(`Readings recorded for ${code}`) })).toContainText("9.5");
  await context.close();
});
