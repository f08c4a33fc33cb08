import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

async function signInWithAgencyAccount(page: Page, login: string) {
  await page.goto("/login?callbackUrl=/status");
  await page.getByRole("button", { name: "Sign in with your agency account" }).click();
  // The OpenID Connect provider's own sign-in form, on its own port.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.locator('button[type="submit"]').click();
}

// Each test signs in from its own client address (as the proxy in front of Mahere would report it),
// so one test's deliberate failures never throttle another's.
let address = 0;
test.beforeEach(async ({ context }) => {
  address += 1;
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${address}` });
});

test.describe("signing in", () => {
  test("with email and password, then signing out", async ({ page }) => {
    await page.goto("/login?callbackUrl=/status");
    await page.getByLabel("Email address").fill("monitor@example.org");
    await page.getByLabel("Password").fill("Demo-Password-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/status$/);
    await expect(page.getByText("Signed in as")).toContainText("Demo TEC monitor");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Staff sign in" })).toBeVisible();
  });

  test("sign out everywhere ends the user's other sessions on their next request", async ({ page, browser }) => {
    const signIn = async (p: typeof page) => {
      await p.goto("/login?callbackUrl=/status");
      await p.getByLabel("Email address").fill("approver.moe@example.org");
      await p.getByLabel("Password").fill("Demo-Password-2026");
      await p.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(p.getByText("Signed in as")).toBeVisible();
    };
    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.200" } });
    const otherPage = await other.newPage();
    await signIn(page);
    await signIn(otherPage);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("link", { name: "Staff sign in" })).toBeVisible();
    await otherPage.reload();
    await expect(otherPage.getByRole("link", { name: "Staff sign in" })).toBeVisible();
    await other.close();
  });

  test("shows one generic message for a wrong password and an unknown email, per field errors for blanks", async ({
    page,
  }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter your email address.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page); // the form with errors; the plain form: accessibility.spec.ts

    await page.getByLabel("Email address").fill("staff.moe@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not right" })).toHaveText(
      "The email address or password is not right.",
    );
    await page.getByLabel("Email address").fill("nobody@example.org");
    await page.getByLabel("Password").fill("Demo-Password-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not right" })).toHaveText(
      "The email address or password is not right.",
    );
  });

  test("never follows a callback to another site", async ({ page }) => {
    await page.goto("/login?callbackUrl=https://evil.example/");
    await page.getByLabel("Email address").fill("admin@example.org");
    await page.getByLabel("Password").fill("Demo-Password-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/my$/);
    expect(new URL(page.url()).hostname).toBe("localhost");
  });

  test("with an agency OpenID Connect account that matches a registered user", async ({ page }) => {
    await signInWithAgencyAccount(page, "approver.tec@example.org");
    await expect(page).toHaveURL(/\/status$/);
    await expect(page.getByText("Signed in as")).toContainText("Demo approver, TEC");
  });

  test("refuses an agency account nobody registered, and creates no user", async ({ page }) => {
    await signInWithAgencyAccount(page, "stranger@example.org");
    await expect(page.getByRole("alert").filter({ hasText: "not registered in Mahere" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Staff sign in" })).toBeVisible();
  });
});
