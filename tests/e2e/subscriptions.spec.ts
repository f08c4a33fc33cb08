import { expect, test, type Page } from "@playwright/test";
import { linkIn, mailTo } from "./mail";
import { expectNoAxeViolations } from "./support";

async function follow(page: Page, address: string) {
  const form = page.getByRole("region", { name: "Follow by e-mail" });
  await form.getByLabel("E-mail address").fill(address);
  await form.getByRole("button", { name: "Follow" }).click();
}

test.describe("following an action by e-mail", () => {
  test.describe.configure({ timeout: 120_000 });

  test("without JavaScript: a bad address is refused and kept, then the confirmation arrives, confirms once, and one click unsubscribes", async ({
    browser,
    request,
    page: withScripts,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const address = `follow-${Date.now()}@example.org`;

    await page.goto("/actions/1.4");
    await follow(page, "ana@");
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: /E-mail address: Enter an e-mail address in the right format/ }),
    ).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue("ana@");
    await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");

    await follow(page, address);
    await expect(page.getByRole("status")).toContainText("Check your e-mail");
    // The same answer for an address that asked before.
    await page.goto("/actions/1.4");
    await follow(page, address);
    await expect(page.getByRole("status")).toContainText("Check your e-mail");

    const mail = await mailTo(address);
    expect(mail.subject).toBe("Whakaūngia tō ohaurunga · Confirm your subscription");
    expect(mail.text).toContain("action 1.4");
    const confirm = linkIn(mail, "/subscribe/confirm/");
    const unsubscribePage = linkIn(mail, "/subscribe/unsubscribe/");
    const manage = linkIn(mail, "/subscribe/manage/");
    const oneClick = /<([^>]+)>/.exec(
      mail.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/\r\n\s+/g, " "),
    )![1]!;
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );

    // Opening the link asks; the button confirms; the link then says it is done, and shows no address.
    await page.goto(confirm);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subscription confirmed");
    await expect(page.locator("body")).not.toContainText(address);

    // Opening the unsubscribe link changes nothing.
    await page.goto(unsubscribePage);
    await expect(page.getByRole("button", { name: "Stop e-mails" })).toBeVisible();
    await page.goto(manage);
    await expect(page.getByRole("row", { name: /action 1\.4/ })).toContainText("Receiving e-mail");
    await expect(page.locator("body")).not.toContainText(address);
    // axe runs in the page, so with scripts on.
    await withScripts.goto(manage);
    await expectNoAxeViolations(withScripts);

    // A mail program's one-click POST, with no session and no cookie.
    const response = await request.post(oneClick, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(response.status()).toBe(200);
    await page.goto(manage);
    await expect(page.getByRole("row", { name: /action 1\.4/ })).toContainText("Stopped");
    await page.goto(unsubscribePage);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You will get no more e-mail about this");
    await context.close();
  });

  test("with JavaScript, a refused address gets an error summary that takes focus", async ({ page }) => {
    await page.goto("/subscribe");
    await follow(page, "");
    const summary = page.getByRole("heading", { name: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(page.getByRole("link", { name: "E-mail address: Enter your e-mail address." })).toBeVisible();
    await expect(page.locator(":focus")).toContainText("There is a problem");
    await expectNoAxeViolations(page);
  });

  test("an unknown confirmation link says so plainly and offers to sign up again; /mi/subscribe is in te reo Māori", async ({
    page,
  }) => {
    await page.goto(`/subscribe/confirm/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
    await page.getByRole("link", { name: "Sign up again" }).click();
    await expect(page).toHaveURL(/\/subscribe$/);
    await page.goto("/mi/subscribe");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText("Whai i te Mahere Mahi mā te īmēra");
    await expect(heading.locator("[lang=mi]")).toHaveCount(1);
  });
});
