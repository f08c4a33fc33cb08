import { expect } from "@playwright/test";
import { test } from "./reused-pages";

test.describe("the timeline", () => {
  test("draws a Gantt chart as an image and lists every action in a table", async ({ page, request }) => {
    const plan = (await (await request.get("/api/v1/plan")).json()) as { actions: unknown[] };
    expect(plan.actions.length).toBeGreaterThan(0);
    await page.goto("/timeline");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
    await expect(page.locator('p[lang="mi"]').first()).toHaveText("Te rārangi wā");
    const chart = page.getByRole("img", { name: /Gantt chart of the Action Plan/ });
    await expect(chart).toHaveCount(1);
    const region = page.getByRole("region", { name: "Timeline chart (scrolls sideways)" });
    await expect(region).toHaveAttribute("tabindex", "0");
    const table = page.getByRole("table", { name: /Every action with its baseline and forecast dates/ });
    await expect(table.locator("tbody tr")).toHaveCount(plan.actions.length);
    await expect(table.getByRole("rowheader").first()).toHaveText("1.1");
    await expect(table.getByRole("columnheader", { name: "Slip (days)" })).toBeVisible();
  });

  test("labels the chart's rows by code on a phone and by title on a wide screen, titles in the table", async ({
    page,
  }) => {
    const title = "Determine criteria for quality CEIAG";
    const chart = page.getByRole("img", { name: /Gantt chart of the Action Plan/ });
    const label = (text: string | RegExp) => chart.locator("text", { hasText: text });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/timeline");
    await expect(chart).toHaveCount(1);
    await expect(label(/^1\.4$/)).toBeVisible();
    await expect(label(title)).toHaveCount(0);
    // The title stays one step away: the hint links to the table, whose row for 1.4 has it.
    await page.getByRole("link", { name: "the table below" }).click();
    await expect(page).toHaveURL(/#timeline-table-heading$/);
    const row = page
      .getByRole("table", { name: /Every action with its baseline/ })
      .getByRole("row", { name: /^1\.4 / });
    await expect(row).toContainText(title);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(chart).toHaveCount(1);
    await expect(label(`1.4 ${title}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "the table below" })).toBeHidden();
  });

  test("scrolls the chart sideways on a phone, by keyboard too", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/timeline");
    const region = page.getByRole("region", { name: "Timeline chart (scrolls sideways)" });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

test.describe("the indicators", () => {
  test("show at least six indicators, each with its data table", async ({ page, request }) => {
    const body = (await (await request.get("/api/v1/indicators")).json()) as { indicators: { code: string }[] };
    await page.goto("/indicators");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indicators");
    const sections = page.locator('section[id^="indicator-"]');
    await expect(sections.first()).toBeVisible();
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBe(body.indicators.length);
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i);
      await expect(section.getByRole("heading", { level: 2 })).toBeVisible();
      // An indicator just created by a monitor may have no readings yet, and says so.
      const table = section.getByRole("table", { name: /readings by reporting period/ });
      if ((await table.count()) === 0) await expect(section.getByText("No readings yet").first()).toBeVisible();
      else await expect(table).toBeVisible();
      await expect(section.getByText("Baseline", { exact: true }).first()).toBeVisible();
      await expect(section.getByText("Target", { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByRole("table", { name: /by population group/ }).first()).toBeVisible();
    await expect(page.getByRole("table", { name: /by region/ }).first()).toBeVisible();
    await expect(page.getByRole("img", { name: /Line chart of I1/ })).toBeVisible();
  });
});

test.describe("the open data page", () => {
  test("lists every endpoint with its CSV twin", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data and API");
    for (const path of [
      "/api/v1/plan",
      "/api/v1/actions",
      "/api/v1/actions/{code}",
      "/api/v1/updates",
      "/api/v1/indicators",
      "/api/v1/openapi.json",
      "/feed.xml",
      "/workstreams/{number}/feed.xml",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    }
    for (const csv of ["/api/v1/plan.csv", "/api/v1/actions.csv", "/api/v1/updates.csv", "/api/v1/indicators.csv"]) {
      await expect(page.locator(`a[href="${csv}"]`)).toHaveCount(1);
    }
    for (const filter of ["q", "workstream", "agency", "stage", "confidence", "since"]) {
      await expect(page.locator("code", { hasText: new RegExp(`^${filter}$`) }).first()).toBeVisible();
    }
    await expect(page.getByText(/UTF-8 with a byte order mark/)).toBeVisible();
    await expect(page.getByText(/ETag/).first()).toBeVisible();
  });
});

test.describe("the accessibility statement", () => {
  test("names the standard, its limits and how to report a problem", async ({ page }) => {
    await page.goto("/accessibility");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
    await expect(page.getByText(/WCAG\) 2\.2 at level AA/)).toBeVisible();
    await expect(page.getByText(/awaiting review by a fluent speaker/)).toBeVisible();
    await expect(page.getByRole("link", { name: "CareersStrategy@tec.govt.nz" })).toHaveAttribute(
      "href",
      "mailto:CareersStrategy@tec.govt.nz",
    );
  });
});

test.describe("in te reo Māori", () => {
  // axe over these pages, in both languages, runs in accessibility.spec.ts.
  test("te reo Māori titles lead when the interface is in te reo Māori", async ({ page }) => {
    await page.goto("/mi/timeline");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Te rārangi wā");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "mi");
    await page.goto("/mi/indicators");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ngā tūtohu");
  });
});

test.describe("with JavaScript switched off", () => {
  test("the timeline still shows its chart and table, and the indicators their tables", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/timeline");
    await expect(page.getByRole("img", { name: /Gantt chart of the Action Plan/ })).toHaveCount(1);
    const rows = page.getByRole("table", { name: /Every action with its baseline/ }).locator("tbody tr");
    await expect(rows.first()).toBeVisible();

    await page.goto("/indicators");
    const sections = page.locator('section[id^="indicator-"]');
    await expect(sections.first()).toBeVisible();
    expect(await sections.count()).toBeGreaterThanOrEqual(6);
    const tables = await page.getByRole("table", { name: /readings by reporting period/ }).count();
    const empty = await sections.filter({ hasText: "No readings yet" }).count();
    expect(tables).toBeGreaterThanOrEqual(6);
    expect(tables + empty).toBe(await sections.count());
    await context.close();
  });
});
