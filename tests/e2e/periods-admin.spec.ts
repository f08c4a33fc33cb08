import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, shoot, signIn } from "./support";

// Other specs share this database and expect the current quarter to stay open, so this spec only
// generates and edits periods in the future, and closing is tried with a wrong confirmation only
// (the real close is covered by tests/integration/periods/periods-admin.test.ts).
test.describe.configure({ mode: "serial", timeout: 180_000 }); // sign-in is slow on a busy machine

/** Presses Tab until the element matching `selector` has focus (no mouse anywhere). */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("anonymous visitors are sent to sign in, and staff who are not TEC monitors get 403", async ({
  browser,
  page,
}) => {
  await page.goto("/admin/periods");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fperiods/);

  for (const persona of ["leadStaff", "ownApprover"] as const) {
    const { context, page: staff } = await signIn(browser, persona);
    const response = await staff.goto("/admin/periods");
    expect(response?.status()).toBe(403);
    await expect(staff.getByRole("heading", { level: 1, name: "You cannot open this page" })).toBeVisible();
    await context.close();
  }
});

test("a TEC monitor generates the next quarter and edits its deadlines (errors first)", async ({ browser }) => {
  const { context, page } = await signIn(browser, "monitor");
  await page.goto("/admin/periods");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting periods" })).toBeVisible();
  const table = page.getByRole("table", { name: /Reporting periods, newest first/ });
  await expect(table).toBeVisible();
  await expect(table).toContainText(/NZ[DS]T/);
  await shoot(page, "periods-list");

  // Keyboard only: Tab to the button and press Space.
  const hint = await page.locator("#generate-hint").innerText();
  const label = /Adds (\d{4} Q[1-4])/.exec(hint)![1]!;
  await tabTo(page, 'button[aria-describedby~="generate-hint"]');
  await page.keyboard.press("Space");
  await page.waitForURL(/\/admin\/periods\?done=generated/);
  await expect(page.getByRole("status")).toHaveText(
    `${label} was added with the default deadlines. Check them and edit if needed.`,
  );
  const row = page.getByRole("row", { name: new RegExp(`^${label}`) });
  await expect(row).toContainText("Not open yet");
  await expect(row).toContainText("5:00 pm");

  await page.getByRole("link", { name: new RegExp(`^${label}\\s*: edit or close$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Reporting period ${label}` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Due (New Zealand time)" })).toBeVisible();
  await expect(page.getByText("This period has not opened yet, so it cannot be closed.")).toBeVisible();
  await shoot(page, "periods-edit");

  // Out of order: due before opening and a close before the grace period ends; both reported.
  const due = page.getByRole("group", { name: "Due (New Zealand time)" });
  const grace = page.getByRole("group", { name: "Grace period ends (New Zealand time)" });
  const closes = page.getByRole("group", { name: "Closes (New Zealand time)" });
  const opensDate = await page.locator("#field-opensDate").inputValue();
  const [y] = opensDate.split("-");
  await due.getByLabel("Date").fill(`${Number(y) - 1}-01-01`);
  await closes.getByLabel("Date").fill(`${Number(y) - 1}-01-01`);
  await closes.getByLabel("Time").fill("09:00");
  await page.getByRole("button", { name: "Save deadlines" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "There is a problem" }).locator("..")).toBeFocused();
  await expect(page.locator("#field-dueDate")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-dueDate-error")).toHaveText("Due must not be before “Opens”.");
  await expect(page.locator("#field-closesDate-error")).toHaveText(/Closes must/);
  await expect(page.locator("#field-closesTime")).toHaveValue("09:00"); // what was typed is kept
  await expectNoAxeViolations(page);
  await shoot(page, "periods-edit-errors");

  // Put the deadlines right: due on the period's last grace day at 16:30.
  await page.reload();
  const graceDate = await grace.getByLabel("Date").inputValue();
  await due.getByLabel("Date").fill(graceDate);
  await due.getByLabel("Time").fill("16:30");
  await page.getByRole("button", { name: "Save deadlines" }).click();
  await page.waitForURL(/\/admin\/periods\?done=edited/);
  await expect(page.getByRole("status")).toHaveText(`The deadlines of ${label} were saved.`);
  await expect(page.getByRole("row", { name: new RegExp(`^${label}`) })).toContainText(/4:30 pm NZ[DS]T/);
  await context.close();
});

test("closing asks for the period's name: a wrong confirmation closes nothing (keyboard only)", async ({ browser }) => {
  const { context, page } = await signIn(browser, "monitor");
  await page.goto("/admin/periods");
  // The oldest open period is the last link in the table (newest first): the one that may close.
  const link = page.getByRole("link", { name: /: edit or close$/ }).last();
  const label = (await link.innerText()).replace(/\s*: edit or close$/, "").trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 2, name: "Close this period" })).toBeVisible();
  await expect(page.getByText("cannot be undone")).toBeVisible();

  await tabTo(page, "#field-confirmLabel");
  await page.keyboard.type("not the name");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Close ${label} now` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was closed" })).toHaveText(
    `Nothing was closed. To close the period, type its name exactly: ${label}.`,
  );
  await expect(page.locator("#field-confirmLabel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-confirmLabel-error")).toHaveText(
    `To close the period, type its name exactly: ${label}.`,
  );
  await expectNoAxeViolations(page);
  await shoot(page, "periods-close-refused");

  await page.goto("/admin/periods");
  await expect(page.getByRole("row", { name: new RegExp(`^${label}`) })).not.toContainText("Closed");
  await context.close();
});
