import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

/** The NZ Government Web Accessibility Standard: WCAG 2.2 AA. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const DEMO_PASSWORD = "Demo-Password-2026";

export async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState("networkidle"); // a page still laying out gives axe false target-size hits
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

/**
 * Full-page screenshots at desktop and phone widths, into .data/screenshots, for a person to look at.
 * Nothing is asserted on them, so CI skips them (set SHOOT=1 to take them there too).
 */
export async function shoot(page: Page, name: string) {
  if (process.env.CI && process.env.SHOOT !== "1") return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.data/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

let nextAddress = 1;

/**
 * A demo account in a fresh browser context (no cookie carries over between users), from its own
 * client address so the sign-in throttle of one spec never slows another.
 */
export async function signIn(browser: Browser, email: string) {
  const address = `192.0.2.${(nextAddress++ % 250) + 1}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return { context, page };
}
