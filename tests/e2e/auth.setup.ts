import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, SIGNED_IN, storageStateOf, type SignedIn } from "./support";

/**
 * Signs each persona in once, through the real form, and keeps the browser state for the specs.
 * Each signs in from its own client address, so the sign-in throttle never slows another.
 */
for (const [i, [persona, email]] of Object.entries(SIGNED_IN).entries()) {
  setup(`sign in as ${persona}`, async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${i + 1}` } });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await expect(page.getByText("Signed in as")).toBeVisible();
    await context.storageState({ path: storageStateOf(persona as SignedIn) });
    await context.close();
  });
}
