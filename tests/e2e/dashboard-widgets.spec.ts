import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, settled, shoot, signIn } from "./support";

type Widget = { heading: string; table: string; rows?: RegExp[]; held?: string };

const WIDGETS: Widget[] = [
  { heading: "Milestones overdue or slipping", table: "Milestones overdue or slipping (table)" },
  // In the demo, 2.4 waits on 8.2, which slipped: unfinished and due long after 2.4 was meant to start.
  {
    heading: "Dependency risk",
    table: "Late predecessors and the actions they hold up (table)",
    rows: [/^8\.2 /],
    held: "2.4 Retire careers.govt.nz once Tahatū covers its content",
  },
  { heading: "Confidence trend across periods", table: "Delivery confidence by reporting period (table)" },
  { heading: "Indicators against target", table: "Indicators against target (table)" },
];

test.describe("dashboard widgets", () => {
  // The whole dashboard is a long page: it needs time on a shared machine.
  test.setTimeout(120_000);
  test("a monitor sees each widget with its table and downloads a CSV", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor");
    await page.goto("/dashboard");
    for (const w of WIDGETS) {
      const section = page.getByRole("region", { name: w.heading, exact: true });
      await expect(section.getByRole("heading", { level: 2, name: w.heading })).toBeVisible();
      await expect(section.getByRole("table").first()).toBeVisible();
      await expect(section.getByRole("region", { name: w.table })).toBeVisible();
      for (const name of w.rows ?? []) await expect(section.getByRole("rowheader", { name })).toBeVisible();
      if (w.held) await expect(section.getByRole("link", { name: w.held })).toBeVisible();
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
    // The dashboard shows the latest eight periods; the widget's full list, every period in the CSV.
    const periods = text.trim().split(/\r?\n/).length - 1;
    await expect(trend.locator("tbody tr")).toHaveCount(Math.min(8, periods));
    await expect(trend.getByText(/^Showing the latest 8 of \d+ periods\./)).toHaveCount(periods > 8 ? 1 : 0);

    // The indicators' trends and breakdowns are one link away, not sent hidden with the dashboard.
    const indicators = page.getByRole("region", { name: "Indicators against target", exact: true });
    await expect(indicators.getByRole("img")).toHaveCount(0);
    await expect(indicators.locator("details")).toHaveCount(0);
    const trends = indicators.getByRole("link", { name: /^Each indicator's trend and breakdowns \(\d+ indicators\)$/ });
    const trendsHref = await trends.getAttribute("href");
    expect(trendsHref).toBe("/dashboard/lists/indicators");

    // axe over the whole dashboard runs in accessibility.spec.ts.
    // At phone width nothing but the scrollable table regions is wider than the screen.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "dashboard-widgets");

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/dashboard/lists/confidence-trend");
    await expect(page.getByRole("heading", { level: 1, name: "Confidence trend across periods" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Bar chart: Delivery confidence by reporting period/ })).toBeVisible();
    await expect(page.locator("tbody tr")).toHaveCount(periods);

    // Each indicator has its chart and the tables that carry every value on the full list.
    await page.goto(trendsHref!);
    await expect(page.getByRole("heading", { level: 1, name: "Indicators against target" })).toBeVisible();
    const first = page.getByRole("region", { name: /: trend and breakdowns$/ }).first();
    await expect(first.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(first.getByRole("img", { name: /^Line chart:/ })).toBeVisible();
    await expect(first.getByRole("table").first()).toBeVisible();
    // The charts were checked by axe inside the dashboard before they moved here.
    await settled(page);
    await expectNoAxeViolations(page);
    await shoot(page, "dashboard-indicators-list");
    await context.close();
  });

  test("keyboard only: Tab to a drill-down number and open it with Enter", async ({ browser }) => {
    const { context, page } = await signIn(browser, "monitor");
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
    const { context, page } = await signIn(browser, "monitor");
    await page.goto("/dashboard/actions?flag=milestones-slipping");
    await expect(page.getByText(/^\d+ actions?: with a milestone forecast later than its baseline/)).toBeVisible();
    await page.goto("/dashboard/actions?flag=dependency-risk");
    await expect(page.getByText(/^\d+ actions?: held up by a predecessor/)).toBeVisible();
    await context.close();
  });
});
