import { expect, test } from "@playwright/test";
import { shoot, signIn } from "./support";

test.describe.configure({ mode: "serial" });

test("a monitor reads the status mix, opens the actions behind a number and downloads the CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signIn(browser, "monitor");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Monitoring dashboard" })).toBeVisible();
  const mix = page.getByRole("region", { name: /Delivery confidence by workstream/ });
  await expect(mix).toBeVisible();
  // axe over the dashboard and the drill-down runs in accessibility.spec.ts.
  await shoot(page, "dashboard");

  // The first non-zero count in the workstream table opens exactly that many actions.
  const link = mix.getByRole("link").first();
  const count = Number((await link.innerText()).match(/^\d+/)![0]);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Actions behind the number" })).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(count);

  await page.goto("/dashboard");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV (Status mix by workstream)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mahere-mix-workstream-\d{4}-q[1-4]\.csv$/);

  // On the te reo Māori dashboard the numbers open the te reo Māori list.
  await page.goto("/mi/dashboard");
  const drill = page.locator("a.drill-number").first();
  await expect(drill).toHaveAttribute("href", /^\/mi\/dashboard\/actions\?/);
  await context.close();
});

test("filters live in the URL and work by keyboard alone", async ({ browser }) => {
  // Up to 60 key presses, each checked, beside a second worker on two cores: this tests the keyboard path, not speed.
  test.setTimeout(60_000);
  const { context, page } = await signIn(browser, "monitor");
  await page.goto("/dashboard");
  const tabTo = async (id: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("f-workstream");
  await page.keyboard.press("ArrowDown"); // workstream 1
  await tabTo("f-show");
  await page.keyboard.press("Enter");
  await page.waitForURL(/workstream=1/);
  await expect(page.getByRole("region", { name: /Delivery confidence by workstream/ }).locator("tbody tr")).toHaveCount(
    1,
  );
  await context.close();
});

test("an approver sees their agency's slice; agency staff are refused", async ({ browser }) => {
  const approver = await signIn(browser, "otherApprover");
  await approver.page.goto("/dashboard?agency=tec");
  await expect(approver.page.getByText("your agency's actions, led or contributed to")).toBeVisible();
  await expect(approver.page.getByLabel("Agency (lead or contributor)")).toHaveCount(0);
  await approver.context.close();

  const staff = await signIn(browser, "leadStaff");
  const response = await staff.page.goto("/dashboard");
  expect(response?.status()).toBe(403);
  const csv = await staff.page.request.get("/dashboard/csv/mix-agency");
  expect(csv.status()).toBe(403);
  await staff.context.close();
});
