import { expect, test } from "@playwright/test";

/** English at the plain addresses, te reo Māori under /mi; public pages are cached whole. */
test.describe("the language is in the address", () => {
  test("/mi/… shows te reo Māori labels marked lang=mi and keeps every page link in /mi", async ({ page }) => {
    await page.goto("/mi/recommendations");
    await expect(page.locator("header")).toHaveAttribute("lang", "mi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ngā tūtohunga");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-NZ");
    const hrefs = await page
      .locator("header a, main a, footer a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const pages = hrefs.filter((h) => h.startsWith("/") && !/^\/(api|feed\.xml|og|_next)(\/|\.|$)/.test(h));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((h) => h !== "/mi" && !h.startsWith("/mi/") && !h.startsWith("/mi?"))).toEqual([]);
    await expect(page.locator("header nav a[aria-current=page]")).toHaveText("Ngā tūtohunga");
  });

  test("the switch goes between the two addresses of a page, and a returning reader is sent to /mi", async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto("/actions/1.4");
    await expect(page.getByText("Action 1.4", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Te reo Māori" }).click();
    await expect(page).toHaveURL(/\/mi\/actions\/1\.4$/);
    await expect(page.getByText("Mahi 1.4", { exact: true })).toBeVisible();
    // The choice is remembered: the English address now leads to the te reo Māori one.
    await page.goto("/recommendations");
    await expect(page).toHaveURL(/\/mi\/recommendations$/);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/recommendations$`));
    await page.goto("/actions/1.4");
    await expect(page).toHaveURL(/\/actions\/1\.4$/);
    expect((await context.cookies()).find((c) => c.name === "mahere_lang")?.value).toBe("en");
  });

  test("an English address with /en is sent to the plain one", async ({ request }) => {
    const response = await request.get("/en/actions/1.4", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe("/actions/1.4");
  });

  test("a public page is cached whole: public Cache-Control, no cookie, the same HTML twice", async ({ request }) => {
    for (const path of ["/", "/actions/1.4", "/mi/workstreams/2"]) {
      const first = await request.get(path);
      const second = await request.get(path);
      for (const response of [first, second]) {
        expect(response.status(), path).toBe(200);
        expect(response.headers()["cache-control"], path).toMatch(/^public, s-maxage=\d+/);
        expect(response.headers()["set-cookie"], path).toBeUndefined();
      }
      expect(await second.text(), path).toBe(await first.text());
    }
    const login = await request.get("/login");
    expect(login.headers()["cache-control"]).toContain("no-store");
  });
});
