import { mkdirSync } from "node:fs";
import path from "node:path";
import axe from "axe-core";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { PERSONA_EMAILS } from "../support/update-permission-matrix";

/** The NZ Government Web Accessibility Standard: WCAG 2.2 AA. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const DEMO_PASSWORD = "Demo-Password-2026";

/**
 * The signed-in people the specs act as: the permission matrix's personas (an administrator among
 * them), and staff of an agency with no part in the workflow spec's action.
 */
export const SIGNED_IN = { ...PERSONA_EMAILS, outsiderStaff: "staff.nzqa@example.org" } as const;
export type SignedIn = keyof typeof SIGNED_IN;

/** Where the setup project keeps each persona's signed-in browser state for this server. */
export function storageStateOf(persona: SignedIn): string {
  const dir = path.join(".data", `e2e-${process.env.E2E_PORT || 3100}`, "auth");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${persona}.json`);
}

/**
 * The axe rules whose result can change with the page's language, for a second language's pass over
 * a template the first language's pass checked with every rule: the `lang` attributes, every text
 * alternative and accessible name (a missing or empty translation), form labels, landmarks told apart
 * by their names, and the rules whose outcome depends on how long the words are (a target squeezed by
 * a longer label, a region that overflows into a scroll). The rest (ARIA structure, lists, tables,
 * colour contrast) is the template's markup and styles, the same in both languages. Chosen in the page
 * from axe's own categories, so a text rule a newer axe adds is included.
 */
export const LANGUAGE_DEPENDENT = {
  categories: ["cat.language", "cat.text-alternatives", "cat.name-role-value", "cat.forms"],
  rules: ["landmark-unique", "target-size", "scrollable-region-focusable"],
};

/**
 * Waits until the page has loaded and laid out (fonts in, client charts drawn), then runs axe.
 * A page still laying out gives axe false target-size hits; waiting for the network to go idle
 * also works but costs half a second or more a page, since Next.js prefetches the links in view.
 * `languageDependentOnly`: only the rules of these tags that can change with the language (above).
 */
export async function expectNoAxeViolations(
  page: Page,
  tags: string[] = WCAG_22_AA,
  { languageDependentOnly = false } = {},
) {
  await settled(page);
  // Mahere's pages have no frames, so axe is put into the page once and runs there in one pass (a
  // runner that injects it into every frame and runs it partially would compile it twice per page),
  // collecting the nodes of violations only.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, only }) => {
      const rules = only
        ? window.axe
            .getRules(tags)
            .filter(
              (rule) =>
                !rule.tags.includes("experimental") &&
                (rule.tags.some((tag) => only.categories.includes(tag)) ||
                  rule.ruleId.endsWith("-name") ||
                  only.rules.includes(rule.ruleId)),
            )
            .map((rule) => rule.ruleId)
        : null;
      const results = await window.axe.run(document, {
        runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
    },
    { tags, only: languageDependentOnly ? LANGUAGE_DEPENDENT : null },
  );
  expect(violations).toEqual([]);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

export async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    // A responsive chart draws its SVG once it has measured its box, after hydration.
    for (let i = 0; i < 100; i++) {
      const waiting = [...document.querySelectorAll(".recharts-responsive-container")].some(
        (box) => !box.querySelector("svg"),
      );
      if (!waiting) break;
      await frame();
    }
    await frame();
    await frame();
  });
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

/**
 * A persona in a fresh browser context, signed in by the setup project (auth.setup.ts), so no
 * spec but the sign-in spec spends time on the form. No cookie carries over between people.
 */
export async function signIn(browser: Browser, persona: SignedIn, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, storageState: storageStateOf(persona) });
  const page = await context.newPage();
  return { context, page };
}

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A forecast a year ahead of the real clock: the forms refuse a forecast in the past. */
export const FUTURE_FORECAST = daysAhead(365);
/** A milestone forecast between today and FUTURE_FORECAST (not after the action's own). */
export const MILESTONE_FORECAST = daysAhead(182);

/**
 * Public pages are served whole from a cache renewed every few seconds (a request after that serves
 * the old page once while the new one renders), so a change shows there within seconds, not at once:
 * opens `path` again until `check` passes, for up to 20 s.
 */
export async function openWhenFresh(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 20_000, intervals: [1_000, 2_000] });
}
