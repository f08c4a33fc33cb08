import { expect, test } from "@playwright/test";
import { linkIn, mailTo } from "./mail";
import { expectNoAxeViolations, shoot, signIn } from "./support";

const RUN = Date.now().toString(36);
const EMAIL = `invited.${RUN}@example.org`;
const PASSWORD = "kōwhai tree by the river";
const NAME = `Mere Kōwhai ${RUN}`;

test.describe.configure({ mode: "serial" });

test("an administrator invites someone, who sets a password with the one-time link and signs in; disabling them ends their session", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page: admin } = await signIn(browser, "admin");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "People" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await shoot(admin, "people-admin-list");
  await admin.getByRole("link", { name: "Invite someone" }).click();

  // Every problem at once, what was typed kept, the summary focused and linking to its fields.
  await admin.getByLabel("Email address").fill("not-an-address");
  await admin.getByLabel("Role").selectOption({ label: "Agency staff" });
  await admin.getByRole("button", { name: "Invite" }).click();
  await expect(admin.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(admin.getByRole("link", { name: /^Email address:/ })).toHaveAttribute("href", "#field-email");
  await expect(admin.getByRole("link", { name: /^Name:/ })).toBeVisible();
  await expect(admin.getByRole("link", { name: /^Agency:/ })).toBeVisible();
  await expect(admin.getByLabel("Email address")).toHaveValue("not-an-address");
  await expect(admin.getByLabel("Role")).toHaveValue("agency_staff");
  await expectNoAxeViolations(admin);
  await shoot(admin, "people-admin-invite-errors");

  await admin.getByLabel("Email address").fill(EMAIL);
  await admin.getByLabel("Name", { exact: true }).fill(NAME);
  await admin.getByLabel("Agency").selectOption({ label: "Tertiary Education Commission (TEC)" });
  await admin.getByRole("button", { name: "Invite" }).click();
  // Mail is configured (the test SMTP server), so the link goes to the person and is never shown.
  await expect(admin.getByRole("heading", { name: "One-time link sent by e-mail" })).toBeVisible();
  await expect(admin.getByLabel("One-time link", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(admin);
  await shoot(admin, "people-admin-invite-mailed");
  const link = linkIn(await mailTo(EMAIL), "/set-password/");
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);

  // The invited person: a refused password first (with scripts, so axe can look at the errors)...
  const path = new URL(link).pathname;
  const withScripts = await browser.newContext();
  const first = await withScripts.newPage();
  const opened = await first.goto(path);
  expect(opened?.headers()["cache-control"]).not.toMatch(/public/);
  await expect(first.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expect(first.getByText(`Welcome to Mahere, ${NAME}.`)).toBeVisible();
  await first.getByLabel("New password").fill("short");
  await first.getByLabel("The same password again").fill("different");
  await first.getByRole("button", { name: "Set my password" }).click();
  await expect(first.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(first.getByLabel("New password")).toHaveValue("");
  await expect(first.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(first);
  await shoot(first, "people-set-password-errors");
  await withScripts.close();

  // ...then the password they keep, without scripts: the form works as plain HTML.
  const invited = await browser.newContext({ javaScriptEnabled: false });
  const person = await invited.newPage();
  await person.goto(path);
  await person.getByLabel("New password").fill(PASSWORD);
  await person.getByLabel("The same password again").fill(PASSWORD);
  await person.getByRole("button", { name: "Set my password" }).click();
  await expect(person.getByText("Your password is set. Sign in with it now.")).toBeVisible();

  // The link worked once.
  await person.goto(path);
  await expect(person.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();

  await person.goto("/login");
  await person.getByLabel("Email address").fill(EMAIL);
  await person.getByLabel("Password").fill(PASSWORD);
  await person.getByRole("button", { name: "Sign in", exact: true }).click();
  await person.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(person.getByText("Signed in as")).toBeVisible();
  await person.goto("/my");
  await expect(person).toHaveURL(/\/my$/);

  // The administrator disables the account: the session stops counting at once.
  await admin.goto("/admin/users?agency=tec&role=agency_staff");
  await admin.getByRole("link", { name: NAME }).click();
  await expect(admin.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await shoot(admin, "people-admin-user");
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByText("The account is disabled and its sessions have ended.")).toBeVisible();
  expect((await person.goto("/my"))?.status()).toBe(403);
  await invited.close();
});
