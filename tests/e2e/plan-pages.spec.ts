import { expect } from "@playwright/test";
import { localizedHref } from "../../i18n/routing";
import { test } from "./reused-pages";

// axe over one page of each template, in both languages, runs in accessibility.spec.ts.
for (const lang of ["en", "mi"] as const) {
  test.describe(`plan pages in ${lang === "en" ? "English" : "te reo Māori"}`, () => {
    test("labels come from the chosen language", async ({ page }) => {
      await page.goto(localizedHref("/recommendations", lang));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        lang === "en" ? "Recommendations" : "Ngā tūtohunga",
      );
      await page.goto(localizedHref("/actions/1.4", lang));
      await expect(page.getByText(lang === "en" ? "Action 1.4" : "Mahi 1.4", { exact: true })).toBeVisible();
    });
  });
}

test.describe("recommendations", () => {
  test("lists all 11 under the 3 focus areas, each with workstreams, action count and status mix", async ({ page }) => {
    await page.goto("/recommendations");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(3);
    const recs = page.getByRole("heading", { level: 3 });
    await expect(recs).toHaveCount(11);
    await expect(page.getByRole("link", { name: /^Recommendation 1:/ })).toHaveAttribute("href", "/recommendations/1");
    await expect(page.getByRole("link", { name: /^1\. Careers system leadership/ }).first()).toHaveAttribute(
      "href",
      "/workstreams/1",
    );
    await expect(page.getByText(/^\d+ actions?$/).first()).toBeVisible();
    await expect(page.getByText("How is this counted?").first()).toBeVisible();
  });

  test("a recommendation shows its focus area, workstreams with lead agency, and its actions", async ({ page }) => {
    await page.goto("/recommendations/1");
    await expect(page.getByText("Recommendation 1", { exact: true })).toBeVisible();
    await expect(page.getByText("Focus area", { exact: true })).toBeVisible();
    const workstreams = page.getByRole("region", { name: "Workstreams" });
    await expect(workstreams.getByRole("link", { name: /^Workstream 1:/ })).toBeVisible();
    await expect(workstreams.getByRole("link", { name: "TEC" })).toHaveAttribute("href", "/agencies/tec");
    const table = page.getByRole("table", { name: /Actions that serve recommendation 1/ });
    await expect(table.getByRole("rowheader", { name: "1.4" })).toBeVisible();
  });

  test("an unknown number is a 404", async ({ page }) => {
    for (const path of ["/recommendations/99", "/recommendations/01", "/recommendations/x"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });
});

test.describe("workstreams", () => {
  test("lists all 8 with lead agency, recommendations, progress, status mix and worst item", async ({ page }) => {
    await page.goto("/workstreams");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(8);
    await expect(page.getByText("Lead agency", { exact: true })).toHaveCount(8);
    await expect(page.getByText("Needs most attention:").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Recommendation 1", exact: true }).first()).toBeVisible();
  });

  test("a workstream shows its actions with baseline and forecast, and links its Atom feed", async ({ page }) => {
    await page.goto("/workstreams/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Careers system leadership, monitoring and quality",
    );
    await expect(page.getByRole("link", { name: /Atom feed/ })).toHaveAttribute("href", "/workstreams/1/feed.xml");
    const table = page.getByRole("table", { name: "Actions in workstream 1" });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1.2" }) });
    // Finished: when it finished, against its baseline, not a forecast.
    await expect(row).toContainText("Completed on 6 April 2025");
    await expect(row).toContainText("Baseline 31 March 2024");
    await expect(row).not.toContainText("Forecast");
    // Unfinished and slipped: the forecast, the baseline and the slip.
    const open = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1.5" }) });
    await expect(open).toContainText("Forecast 31 December 2026");
    await expect(open).toContainText("Baseline 30 September 2025");
    await expect(open).toContainText("457 days later");
    await expect(page.getByRole("region", { name: "Actions in workstream 1" })).toHaveAttribute("tabindex", "0");
  });

  test("an unknown number is a 404", async ({ page }) => {
    expect((await page.goto("/workstreams/99"))?.status()).toBe(404);
  });
});

test.describe("agencies", () => {
  test("lists each agency with its te reo Māori name, acronym and counts", async ({ page }) => {
    await page.goto("/agencies");
    await expect(page.getByRole("link", { name: "Tertiary Education Commission (TEC)" })).toHaveAttribute(
      "href",
      "/agencies/tec",
    );
    await expect(page.locator('[lang="mi"]', { hasText: "Te Amorangi Mātauranga Matua" })).toBeVisible();
    await expect(page.getByText("Actions led", { exact: true }).first()).toBeVisible();
  });

  test("an agency shows what it leads and contributes to, and how it is going", async ({ page }) => {
    await page.goto("/agencies/tec");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tertiary Education Commission");
    await expect(page.getByRole("heading", { name: "How it is going" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Workstream 1:/ })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Actions led by TEC" }).getByRole("rowheader", { name: "1.4" }),
    ).toBeVisible();
    await page.goto("/agencies/ero");
    await expect(
      page.getByRole("table", { name: "Actions ERO contributes to" }).getByRole("rowheader", { name: "1.4" }),
    ).toBeVisible();
    expect((await page.goto("/agencies/nasa"))?.status()).toBe(404);
  });
});

test.describe("the actions list", () => {
  test("shows every action in a table with a count, and labelled filters", async ({ page }) => {
    await page.goto("/actions");
    await expect(page.getByRole("status")).toHaveText(/^\d+ actions$/);
    for (const label of ["Search actions", "Workstream", "Agency", "Stage", "Delivery confidence"]) {
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    }
    const table = page.getByRole("table", { name: "All actions, by code" });
    for (const header of ["Code", "Action", "Workstream", "Lead agency", "Status", "Progress", "Due"]) {
      await expect(table.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
    }
    await expect(table.getByRole("rowheader", { name: "1.1", exact: true })).toBeVisible();
  });

  test("the form puts its filters in the address, and search ignores macrons", async ({ page }) => {
    await page.goto("/actions");
    await page.getByLabel("Search actions").fill("whanau");
    await page.getByLabel("Workstream").selectOption("1");
    await page.getByRole("button", { name: "Show actions" }).click();
    await expect(page).toHaveURL(/[?&]q=whanau/);
    await expect(page).toHaveURL(/[?&]workstream=1/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ actions? match(es)? \(of \d+\)$/);
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters and show all actions" }).click();
    await expect(page).toHaveURL(/\/actions$/);
  });

  test("q=whanau finds actions that say whānau", async ({ page }) => {
    await page.goto("/actions?q=whanau");
    await expect(page.getByLabel("Search actions")).toHaveValue("whanau");
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toBeVisible();
  });

  test("each filter narrows the list", async ({ page }) => {
    await page.goto("/actions?workstream=2");
    const codes = await page.getByRole("table").getByRole("rowheader").allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith("2."))).toBe(true);
    await expect(page.getByLabel("Workstream")).toHaveValue("2");

    await page.goto("/actions?agency=ero");
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toBeVisible();

    await page.goto("/actions?stage=not_yet_reported");
    await expect(page.getByRole("rowheader", { name: "5.4", exact: true })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toHaveCount(0);

    await page.goto("/actions?stage=not_proceeding");
    await expect(page.getByRole("rowheader", { name: "6.4", exact: true })).toBeVisible();

    await page.goto("/actions?confidence=stale");
    await expect(page.getByRole("rowheader", { name: "8.2", exact: true })).toBeVisible();

    await page.goto("/actions?confidence=not_yet_reported");
    await expect(page.getByRole("rowheader", { name: "5.4", exact: true })).toBeVisible();
  });

  test("invalid parameters get a clear message, and the other filters still apply", async ({ page }) => {
    const response = await page.goto("/actions?workstream=abc&stage=finished&agency=tec");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert", { name: "Some filters could not be used" });
    await expect(alert).toContainText("They have been left out");
    await expect(alert.getByRole("link", { name: "Workstream" })).toHaveAttribute("href", "#f-workstream");
    await expect(alert.getByRole("link", { name: "Stage" })).toBeVisible();
    await expect(page.getByLabel("Workstream")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toBeVisible();
    await page.goto("/actions?workstream=99&stage=underway&stage=complete");
    await expect(page.getByRole("alert", { name: "Some filters could not be used" })).toContainText(
      "There is no workstream 99.",
    );
  });
});

test.describe("an action", () => {
  test("1.4 shows its record: agencies, dates, milestones, criteria with evidence, successors and history", async ({
    page,
  }) => {
    await page.goto("/actions/1.4");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Determine criteria for quality CEIAG");
    await expect(page.getByRole("link", { name: /^1\. Careers system leadership/ })).toHaveAttribute(
      "href",
      "/workstreams/1",
    );
    await expect(page.getByRole("link", { name: "ERO" })).toHaveAttribute("href", "/agencies/ero");
    await expect(page.getByRole("link", { name: "Complete", exact: true }).first()).toHaveAttribute(
      "href",
      "/status#complete",
    );
    const progress = page.getByRole("region", { name: "Current status" });
    await expect(progress.getByText("100 %", { exact: true })).toBeVisible();
    await expect(progress.getByText("3 of 3 milestones", { exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: /Milestones of action 1\.4/ }).getByRole("rowheader")).toHaveCount(3);
    const criteria = page.getByRole("region", { name: "Completion criteria" });
    const criteriaItems = criteria.getByRole("listitem");
    await expect(criteriaItems).toHaveCount(2);
    for (const item of await criteriaItems.all()) await expect(item).toContainText("Met");
    await expect(criteria.getByRole("link").first()).toHaveAttribute("href", /careers-quality-framework/);
    const dependencies = page.getByRole("region", { name: "Dependencies" });
    await expect(dependencies.getByRole("link", { name: /^1\.5 / })).toBeVisible();
    const history = page.getByRole("region", { name: "History of published updates" });
    const items = history.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(items).toHaveCount(5);
    await expect(items.first().getByRole("heading")).toHaveText("2024 Q4 update");
    await expect(items.last().getByRole("heading")).toHaveText("2023 Q4 update");
    await expect(history.getByRole("link", { name: "Careers Quality Framework (TEC)" })).toBeVisible();
    await expect(page.getByText("Confirmed from a public source.")).toBeVisible();
  });

  test("a slipped action shows the slip in days, its explanation, and warns its successors", async ({ page }) => {
    await page.goto("/actions/1.2");
    await expect(page.getByText("365 days later than the baseline")).toBeVisible();
    await expect(page.getByText("Explanation", { exact: true }).first()).toBeVisible();
    // 1.2 and its successor 1.3 are both finished: nothing is held up any more, so no warning.
    const dependencies = page.getByRole("region", { name: "Dependencies" });
    await expect(dependencies).toContainText("1.3");
    await expect(dependencies.getByText(/^Warning:/)).toHaveCount(0);

    // 8.2 slipped and is unfinished; 2.4, also unfinished, was meant to start before it is now due.
    await page.goto("/actions/8.2");
    await expect(page.getByText("274 days later than the baseline")).toBeVisible();
    const held = page.getByRole("region", { name: "Dependencies" });
    await expect(held.getByText(/^Warning:/).first()).toBeVisible();
    await expect(held).toContainText("2.4 is planned to start 1 July 2025");
  });

  test("a late predecessor is flagged on the action that waits for it", async ({ page }) => {
    await page.goto("/actions/2.4");
    const dependencies = page.getByRole("region", { name: "Dependencies" });
    await expect(dependencies).toContainText("8.2 is due 31 March 2026, after this action was planned to start");
  });

  test("not proceeding, not yet reported and stale actions say so", async ({ page }) => {
    await page.goto("/actions/6.4");
    await expect(page.getByRole("link", { name: "Not proceeding", exact: true }).first()).toBeVisible();
    await expect(page.getByText("Why it is not proceeding").first()).toBeVisible();
    // Long past its dates, but not proceeding: never overdue, and it says when it stopped.
    await expect(page.getByText(/Overdue/)).toHaveCount(0);
    await expect(
      page.getByRole("region", { name: "Dates", exact: true }).getByText("Not proceeding since"),
    ).toBeVisible();

    await page.goto("/actions/5.4");
    const status = page.getByRole("region", { name: "Current status" });
    await expect(status.getByRole("link", { name: "Not yet reported" })).toBeVisible();
    await expect(status.getByText("Not yet reported", { exact: true }).last()).toBeVisible();
    await expect(page.getByText(/0 %/)).toHaveCount(0);
    await expect(page.getByText("No updates have been published yet.")).toBeVisible();
    // Due on 30 September 2025 and never reported: overdue, by as many days as have passed since.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Auckland" }).format(new Date());
    const days = Math.round((Date.parse(today) - Date.parse("2025-09-30")) / 86_400_000);
    await expect(status.getByRole("link", { name: `Overdue by ${days} days` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Dates", exact: true })).toContainText(
      `${days} days past its due date`,
    );

    await page.goto("/actions/8.2");
    await expect(
      page.getByRole("region", { name: "Current status" }).getByRole("link", { name: "Stale" }),
    ).toBeVisible();
  });

  test("an unknown code is a 404", async ({ page }) => {
    const response = await page.goto("/actions/9.99");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("/actions/1.4 reads the same with JavaScript switched off", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/actions/1.4");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Determine criteria for quality CEIAG");
    await expect(
      page.getByRole("region", { name: "History of published updates" }).getByRole("heading", { level: 3 }),
    ).toHaveCount(5);
    await page.getByRole("link", { name: "All actions" }).click();
    await page.getByLabel("Search actions").fill("whanau");
    await page.getByRole("button", { name: "Show actions" }).click();
    await expect(page).toHaveURL(/q=whanau/);
    await expect(page.getByRole("rowheader", { name: "1.4", exact: true })).toBeVisible();
    await context.close();
  });
});
