import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, shoot, signIn } from "./support";

const WIDGETS = [
  { heading: "Milestones overdue or slipping", table: "Milestones overdue or slipping (table)" },
  // The demo's open actions wait only on finished ones: the widget says so rather than show an empty table.
  { heading: "Dependency risk", table: null, empty: "No unfinished action is held up by a late predecessor." },
  { heading: "Confidence trend across periods", table: "Delivery confidence by reporting period (table)" },
  { heading: "Indicators against target", table: "Indicators against target (table)" },
];

test.describe("dashboard widgets", () => {
  // The whole dashboard is a long page: axe needs time on a shared machine.
  test.setTimeout(120_000);
  test("a monitor sees each widget with its table, downloads a CSV, and axe finds nothing", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor@example.org");
    await page.goto("/dashboard");
    for (const w of WIDGETS) {
      const section = page.getByRole("region", { name: w.heading, exact: true });
      await expect(section.getByRole("heading", { level: 2, name: w.heading })).toBeVisible();
      if ("empty" in w) await expect(section.getByText(w.empty!).or(section.getByRole("table"))).toBeVisible();
      else await expect(section.getByRole("table").first()).toBeVisible();
      if (w.table) await expect(section.getByRole("region", { name: w.table })).toBeVisible();
    }
    const trend = page.getByRole("region", { name: "Confidence trend across periods", exact: true });
    await expect(trend.getByRole("img", { name: /^Bar chart: Delivery confidence by reporting period/ })).toBeVisible();
    // Every closed period has a row, and the period reported on now one more.
    expect(await trend.getByRole("row").count()).toBeGreaterThan(4);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV (Confidence trend across periods)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mahere-confidence-trend-\d{4}-q\d\.csv$/);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString("utf8");
    expect(text).toContain("period,source");
    expect(text).toMatch(/snapshot/);

    // Opening an indicator's trend shows the public chart and breakdowns.
    const indicators = page.getByRole("region", { name: "Indicators against target", exact: true });
    await indicators.locator("summary").first().click();
    await expect(indicators.getByRole("img", { name: /^Line chart:/ }).first()).toBeVisible();

    await expectNoAxeViolations(page);
    // At phone width nothing but the scrollable table regions is wider than the screen.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "dashboard-widgets");
    await context.close();
  });

  test("keyboard only: Tab to a drill-down number and open it with Enter", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor@example.org");
    await page.goto("/dashboard");
    const trend = page.getByRole("region", { name: "Confidence trend across periods", exact: true });
    const target = trend.getByRole("link", { name: /actions, / }).first();
    await expect(target).toBeVisible();
    const href = await target.getAttribute("href");
    // Focus the widget's CSV link, then Tab onward until the drill-down link has focus.
    await page.getByRole("link", { name: "Download CSV (Confidence trend across periods)" }).focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/dashboard/actions");
    expect(page.url()).toContain(href!.split("?")[1]!);
    await expect(page.getByRole("heading", { level: 1, name: "Actions behind the number" })).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await context.close();
  });

  test("the flag drill-downs list actions", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor@example.org");
    await page.goto("/dashboard/actions?flag=milestones-slipping");
    await expect(page.getByText(/^\d+ actions?: with a milestone forecast later than its baseline/)).toBeVisible();
    await page.goto("/dashboard/actions?flag=dependency-risk");
    await expect(page.getByText(/^\d+ actions?: held up by a predecessor/)).toBeVisible();
    await context.close();
  });
});
