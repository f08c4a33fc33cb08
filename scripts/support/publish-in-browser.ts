/** Publishing an update the way a TEC monitor does: in a browser, on the review page. */
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import type { CookieJar } from "./app-server";

/**
 * Opens /review on `base` in Debian's Chromium (scripts/chromium.mjs) with a signed-in session's cookies, ticks the
 * confirmation on the card of action `code` and presses "Publish now", then waits until the page
 * says it was published. Throws with what the page showed when it was not.
 */
export async function publishInBrowser(base: string, jar: CookieJar, code: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ baseURL: base });
    // The session signed in over HTTP. Auth.js names its cookies `__Secure-…` when the public
    // address is https; a loopback address is a secure context, so chromium sends them.
    const host = new URL(base).hostname;
    await context.addCookies(
      jar.entries().map(([name, value]) => ({ name, value, domain: host, path: "/", secure: true, httpOnly: true })),
    );
    const page = await context.newPage();
    await page.goto("/review");
    const button = page.getByRole("button", { name: `Publish now the update for action ${code}`, exact: true });
    const card = page.getByRole("article").filter({ has: button });
    await card.getByLabel(/I have checked this update/).check();
    await button.click();
    try {
      await page.waitForURL(/\/review\?done=published/, { timeout: 15_000 });
    } catch {
      const text = (
        await page
          .locator("main")
          .innerText()
          .catch(() => "")
      )
        .replace(/\s+/g, " ")
        .slice(0, 300);
      throw new Error(`publishing ${code} on ${base} did not finish: ${page.url()} shows "${text}"`);
    }
  } finally {
    await browser.close();
  }
}
