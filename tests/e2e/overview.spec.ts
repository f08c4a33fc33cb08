import { expect, test, type Locator } from "@playwright/test";

// axe over the overview (with best practices) and /status, in both languages: accessibility.spec.ts.

test.describe("the overview page", () => {
  test("shows the plan in English and te reo Māori, 11 recommendations and 8 workstreams", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("National Careers System Strategy Action Plan");
    await expect(page.locator('main p[lang="mi"]').first()).toHaveText(
      "Te Mahere Mahi o Te Rautaki Pūnaha Aramahi ā-Motu",
    );
    const focusAreas = page.getByRole("region", { name: "Focus areas" });
    await expect(focusAreas.getByRole("heading", { level: 3 })).toHaveCount(3);
    await expect(focusAreas.getByRole("link", { name: /^Recommendation \d+:/ })).toHaveCount(11);
    const workstreams = page.getByRole("region", { name: "Workstreams" });
    await expect(workstreams.getByRole("heading", { level: 3 })).toHaveCount(8);
    await expect(page.getByText(/^Status as at \d+ \w+ \d{4}/)).toBeVisible();
    const glance = page.getByRole("region", { name: "All actions at a glance" });
    await expect(glance.getByRole("link", { name: "Not yet reported" }).first()).toBeVisible();
    await expect(glance.getByRole("link", { name: "Stale" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Foundational actions" }).getByRole("listitem").first(),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: /^What changed since \d{4} Q\d$/ })).toBeVisible();
    await expect(page.getByText("This is a demonstration site")).toBeVisible();
    await expect(page.getByText("Some of this content is illustrative")).toBeVisible();
  });

  test("opens with how delivery stands: complete, underway and overdue, never reported, as at today", async ({
    page,
    request,
  }) => {
    const { actions } = (await (await request.get("/api/v1/plan")).json()) as {
      actions: { stage: string | null; overdueDays: number | null }[];
    };
    const complete = actions.filter((a) => a.stage === "complete" || a.stage === "completed_modified").length;
    const open = actions.filter((a) => a.stage === "underway" || a.stage === "not_started");
    const overdue = open.filter((a) => a.overdueDays !== null).length;
    const never = actions.filter((a) => a.stage === null).length;
    await page.goto("/");
    const headline = page.getByRole("region", { name: "How delivery stands" });
    await expect(headline).toContainText(`${complete} of ${actions.length} actions complete`);
    await expect(headline).toContainText(`${open.length} underway, ${overdue} of them overdue`);
    await expect(headline).toContainText(`${never} never reported`);
    const today = new Intl.DateTimeFormat("en-NZ", {
      timeZone: "Pacific/Auckland",
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(new Date());
    await expect(headline).toContainText(`as at ${today}`);
    await expect(headline.getByRole("list")).toContainText(`Underway, overdue: ${overdue}`);
  });

  test("lists at most 10 status changes, worst first, and the same ones in full on /status-changes", async ({
    page,
  }) => {
    const codes = async (list: Locator) =>
      (await list.locator(":scope > li > a:first-child").allTextContents()).map((t) => t.split(" ")[0]);
    await page.goto("/");
    const changes = page.getByRole("region", { name: /^What changed since \d{4} Q\d$/ });
    const onHome = await codes(changes.getByRole("list").first());
    expect(onHome.length).toBeGreaterThan(0);
    expect(onHome.length).toBeLessThanOrEqual(10);
    // The demo's two actions still short of probable (at risk, now feasible) lead; completions come last.
    expect(onHome.slice(0, 2)).toEqual(["2.4", "8.3"]);
    // Everything fits, so no sentence about the rest and no link to it.
    await expect(changes.getByRole("link", { name: /^All \d+ changes since/ })).toHaveCount(0);

    await page.goto("/status-changes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^What changed since \d{4} Q\d$/);
    await expect(page.getByText(`worst change first: ${onHome.length} actions.`)).toBeVisible();
    expect(await codes(page.locator("main ul").first())).toEqual(onHome);
  });

  test("lists the foundational actions holding up the most first, and all of them on /foundational", async ({
    page,
  }) => {
    await page.goto("/");
    const foundational = page.getByRole("region", { name: "Foundational actions" });
    const rows = foundational.getByRole("listitem");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    await expect(rows.first()).toContainText("1.1 Establish a cross-agency leadership function");
    await expect(foundational.getByRole("link", { name: /^All \d+ foundational actions$/ })).toHaveCount(0);

    await page.goto("/foundational");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Foundational actions");
    await expect(page.getByText(`holding up the most later actions first: ${count} actions.`)).toBeVisible();
    await expect(page.locator("main ul").first().locator(":scope > li")).toHaveCount(count);
  });

  test("reads the same with JavaScript switched off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Workstreams" }).getByRole("heading", { level: 3 })).toHaveCount(8);
    const howCounted = page.getByText("How is this counted?").first();
    await howCounted.click(); // <details> opens without JavaScript
    await expect(page.getByText(/counted once under its primary workstream/).first()).toBeVisible();
    await context.close();
  });

  test("offers a skip link as the first stop for keyboard users", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });
});

test.describe("languages", () => {
  test("the switch turns the interface to te reo Māori, persists, and marks it lang=mi", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Te reo Māori" }).click();
    const nav = page.getByRole("navigation", { name: "Matua" });
    await expect(nav.getByRole("link", { name: "Ngā mahi" })).toBeVisible();
    await expect(page.locator("header")).toHaveAttribute("lang", "mi");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-NZ");
    await page.goto("/status");
    await expect(page.getByRole("heading", { name: "Te māia ki te tuku" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actions" })).toBeVisible();
  });
});

test.describe("health checks", () => {
  test("live and ready answer 200 when the database is reachable", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "live" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
