import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, shoot } from "./support";

/** The first round /stocktake lists (the demo seeds an open one). */
async function openRound(page: Page): Promise<string> {
  await page.goto("/stocktake");
  const href = await page.locator("main h2 a").first().getAttribute("href");
  return href!;
}

/** Presses Tab until the element has the focus: how a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function press(page: Page, target: Locator, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test("a full response by keyboard only, from the round's page to TEC", async ({ page }) => {
  // Some two hundred key presses, each checked, on a machine shared with the server.
  test.setTimeout(90_000);
  const round = await openRound(page);
  await page.goto(round);
  await press(page, page.getByRole("button", { name: "Start your response" }));
  await expect(page.getByRole("heading", { name: /Keep this link/ })).toBeVisible();
  await expect(page.getByText("0 % complete")).toBeVisible();

  // Moving on with nothing typed: the error summary takes the focus and names each missing answer.
  const next = page.getByRole("button", { name: "Save and continue" });
  await press(page, next);
  await expect(page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(page.getByRole("link", { name: /Organisation.*Enter an answer/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await typeInto(page, page.getByLabel(/^Organisation/), "Te Whare Mahi");
  await typeInto(page, page.getByLabel(/^Contact person/), "Aroha Smith");
  await typeInto(page, page.getByLabel(/^Contact email address/), "aroha@example.org");
  await press(page, next);

  await expect(page.getByRole("heading", { name: /The initiative/ })).toBeVisible();
  await typeInto(page, page.getByLabel(/^Name of the initiative/), "Pathways to work");
  await typeInto(page, page.getByLabel(/^What the initiative does/), "Mentoring into local jobs.");
  // No scale chosen yet: Tab lands on the first option, an arrow key chooses the next.
  await press(page, page.getByRole("radio", { name: "National" }), "ArrowDown");
  await expect(page.getByRole("radio", { name: "Regional" })).toBeChecked();
  await press(page, page.getByRole("checkbox", { name: "Otago" }), "Space");
  await press(page, next);

  await expect(page.getByRole("heading", { name: /Who it serves/ })).toBeVisible();
  const refugees = page.getByRole("group", { name: "Refugee-background people" });
  await press(page, refugees.getByRole("radio", { name: "Not served" }), "ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(refugees.getByRole("radio", { name: "Not designed for it, but reaches many" })).toBeChecked();
  await press(page, page.getByRole("checkbox", { name: "Employment placement" }), "Space");
  await shoot(page, "stocktake-step-groups");
  await press(page, next);

  await expect(page.getByRole("heading", { name: /Links to the plan/ })).toBeVisible();
  await press(page, next);
  await expect(page.getByRole("heading", { name: /Check and submit/ })).toBeVisible();
  await expect(page.getByText("100 % complete")).toBeVisible();
  await press(page, page.getByRole("button", { name: "Submit to TEC" }));
  await expect(page.getByRole("status").filter({ hasText: "your response has been sent to TEC" })).toBeVisible();
});

test("without JavaScript: save and leave, then resume from the private link on another device", async ({ browser }) => {
  const device = async () => (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const first = await device();
  const round = await openRound(first);
  await first.goto(round);
  await first.getByRole("button", { name: "Start your response" }).click();
  const link = (await first.getByTestId("resume-link").textContent())!.trim();
  await first.getByLabel(/^Organisation/).fill("Rōpū Mahi");
  await first.getByRole("button", { name: "Save and come back later" }).click();
  await expect(first.getByRole("heading", { name: "Your answers are saved" })).toBeVisible();
  await first.context().close();

  const second = await device();
  await second.goto(link);
  await expect(second.getByLabel(/^Organisation/)).toHaveValue("Rōpū Mahi");
  await expect(second.getByText("11 % complete")).toBeVisible();
  // A wrong step's mistake is kept as typed, with the problem beside it.
  await second.getByLabel(/^Contact person/).fill("Hemi");
  await second.getByLabel(/^Contact email address/).fill("not an address");
  await second.getByRole("button", { name: "Save and continue" }).click();
  await expect(second.getByRole("link", { name: /Contact email address.*Enter an email address/ })).toBeVisible();
  await expect(second.getByLabel(/^Contact email address/)).toHaveValue("not an address");
  await second.getByLabel(/^Contact email address/).fill("hemi@example.org");
  await second.getByRole("button", { name: "Save and continue" }).click();
  await expect(second.getByRole("heading", { name: /The initiative/ })).toBeVisible();
  await expect(second.getByText("33 % complete")).toBeVisible();

  // Someone else's guess at a link sees nothing.
  const token = new URL(link).pathname.split("/").pop()!;
  const wrong = link.replace(token, `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`);
  const response = await second.goto(wrong);
  expect(response?.status()).toBe(404);
  await expect(second.getByText("Rōpū Mahi")).toHaveCount(0);
  await second.context().close();
});
