import { expect, test } from "@playwright/test";
import { openWhenFresh, shoot, signIn } from "./support";

const RUN = Date.now().toString(36).toUpperCase();
const ACTION = "3.2";

test("a monitor retitles an action with macrons, approves the version, and the public pages show it", async ({
  browser,
  page: anonymous,
}) => {
  test.setTimeout(120_000);
  const title = `Te whakamahere ā-mātauranga ${RUN}`;
  const { page } = await signIn(browser, "monitor");
  await page.goto("/admin/plan");
  await expect(page.getByRole("heading", { level: 1, name: "The plan" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^${ACTION.replace(".", "\\.")} `) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Action ${ACTION}` })).toBeVisible();
  await shoot(page, "plan-admin-action");

  // Without a reason the change is refused, and the new title stays in the form.
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Add the change to the draft" }).click();
  await expect(page.locator("#field-reason-error")).toHaveText("Give the reason for this change.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await page.getByLabel("Reason for the change").first().fill("The title now names the kaupapa in te reo Māori.");
  await page.getByRole("button", { name: "Add the change to the draft" }).click();
  await expect(page.getByText("The change is in the draft of the next version.")).toBeVisible();

  await page.goto("/admin/plan/draft");
  const change = page.getByRole("listitem").filter({ hasText: `Action ${ACTION}` });
  await expect(change.getByRole("cell", { name: title })).toBeVisible();
  await shoot(page, "plan-admin-draft");
  await page.getByLabel("Approving body").fill("Minister of Education");
  await page.getByLabel("Date of approval").fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("The version is approved and published.")).toBeVisible();

  await openWhenFresh(anonymous, `/actions/${ACTION}`, async () => {
    await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(title);
  });
  await expect(anonymous.getByRole("heading", { name: "Changes to this action" })).toBeVisible();
  await openWhenFresh(anonymous, "/changes", async () => {
    const version = anonymous.getByRole("region", { name: /^Version 1\.\d+$/ }).first();
    await expect(version).toContainText("Approved by Minister of Education");
    await expect(version.getByRole("cell", { name: title })).toBeVisible();
  });
  await shoot(anonymous, "plan-changes");
});
