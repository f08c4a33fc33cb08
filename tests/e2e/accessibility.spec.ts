import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { localizedHref } from "../../i18n/routing";
import { test } from "./reused-pages";
import { TEMPLATES } from "./templates";
import { expectNoAxeViolations, WCAG_22_AA } from "./support";

test("every page template of the app is in the template list", () => {
  const routes = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return routes(file);
      return /^(page|not-found|forbidden|unauthorized)\.tsx$/.test(entry.name) ? [file] : [];
    });
  const listed = new Set(TEMPLATES.map((t) => t.route));
  expect(routes("app").filter((route) => !listed.has(route))).toEqual([]);
});

for (const lang of ["en", "mi"] as const) {
  test.describe(`in ${lang === "en" ? "English" : "te reo Māori"}`, () => {
    for (const template of TEMPLATES) {
      const who = template.as ?? "anonymous";
      const name = `${template.route.replace(/^app\//, "")}${typeof template.path === "string" ? ` (${template.path})` : ""}`;
      const reflow = lang === "en" ? ", every form posts without JavaScript, no sideways scroll at 320 px" : "";
      test(`${name} as ${who}: one h1${reflow}, no WCAG 2.2 AA violations found by axe`, async ({ pageAs }) => {
        // axe over the dashboard's many charts and tables, beside a second worker, can take most of
        // the default 30 s on a busy two-core machine: this checks accessibility, not speed.
        test.setTimeout(90_000);
        const tab = await pageAs(who);
        const path = typeof template.path === "string" ? template.path : await template.path(tab);
        const target = localizedHref(path, lang);
        const response = await tab.goto(target);
        expect(response?.status(), target).toBe(template.status ?? 200);
        await expect(tab.getByRole("heading", { level: 1 })).toHaveCount(1);
        if (lang === "mi") await expect(tab.locator('[lang="mi"]').first()).toBeAttached();
        // The English pass runs every rule; the te reo Māori pass runs those whose result can change
        // with the language (support.ts), since the markup and styles are the template's.
        await expectNoAxeViolations(tab, template.bestPractice ? [...WCAG_22_AA, "best-practice"] : WCAG_22_AA, {
          languageDependentOnly: lang === "mi",
        });
        if (reflow) {
          // The page as served: React renders a form whose action is a function in the browser
          // (not a server action) with a javascript: action, which does nothing without JavaScript.
          const served = (await response!.text()).match(/<form[^>]*action="javascript:/g) ?? [];
          expect(served, `${target} has a form that cannot post without JavaScript`).toEqual([]);
          // WCAG 2.2 reflow: at 320 CSS px only wide content (a chart, a table) may scroll, inside its own region.
          await tab.setViewportSize({ width: 320, height: 800 });
          const sideways = await tab.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(sideways, `${target} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}
