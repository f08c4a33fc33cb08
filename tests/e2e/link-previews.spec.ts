import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { pngSize } from "../support/png-size";
import { PUBLIC_TEMPLATES } from "./templates";

// Link previews are built by crawlers that read the HTML as served, without running its scripts.
test.use({ javaScriptEnabled: false });

/** The public address links are built on: the e2e server's MAHERE_PUBLIC_URL is the address the browser uses. */
const publicOrigin = (baseURL: string) => new URL(baseURL).origin;

const content = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");

async function headOf(page: Page) {
  return {
    title: await page.title(),
    description: await content(page, 'meta[name="description"]'),
    canonical: await page.locator('link[rel="canonical"]').getAttribute("href"),
    ogTitle: await content(page, 'meta[property="og:title"]'),
    ogDescription: await content(page, 'meta[property="og:description"]'),
    ogUrl: await content(page, 'meta[property="og:url"]'),
    ogType: await content(page, 'meta[property="og:type"]'),
    ogSiteName: await content(page, 'meta[property="og:site_name"]'),
    ogLocale: await content(page, 'meta[property="og:locale"]'),
    ogImage: await content(page, 'meta[property="og:image"]'),
    twitterCard: await content(page, 'meta[name="twitter:card"]'),
    twitterImage: await content(page, 'meta[name="twitter:image"]'),
  };
}

/** The image at an absolute preview address, asked of this server. */
async function expectPreviewPng(request: APIRequestContext, url: string, origin: string) {
  expect(url.startsWith(`${origin}/og/`), url).toBe(true);
  const { pathname, search } = new URL(url);
  const response = await request.get(`${pathname}${search}`, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  expect(response.headers()["set-cookie"], url).toBeUndefined();
  expect(pngSize(await response.body()), url).toEqual({ width: 1200, height: 630 });
}

test("every public page template has its own title and description, a canonical address on the public URL, and Open Graph and Twitter tags", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = publicOrigin(baseURL!);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const template of PUBLIC_TEMPLATES) {
    const target = typeof template.path === "string" ? template.path : await template.path(page);
    const response = await page.goto(target, { waitUntil: "domcontentloaded" });
    expect(response?.status(), target).toBe(200);
    const head = await headOf(page);
    // A filtered list's canonical page is the whole list: no query. (Next.js writes the home page's without its slash.)
    const pathname = new URL(target, baseURL).pathname;
    const canonical = pathname === "/" ? origin : `${origin}${pathname}`;
    expect(head, target).toMatchObject({
      canonical,
      ogUrl: canonical,
      ogType: "website",
      ogSiteName: "Mahere",
      ogLocale: "en_NZ",
      ogDescription: head.description,
      twitterCard: "summary_large_image",
      twitterImage: head.ogImage,
    });
    expect(head.ogTitle, target).toBeTruthy();
    expect(head.ogImage?.startsWith(`${origin}/og/`), `${target}: og:image ${head.ogImage}`).toBe(true);
    expect(head.description?.length ?? 0, target).toBeGreaterThan(50);
    expect(head.description!.length, target).toBeLessThanOrEqual(160);
    expect(titles.get(head.title), `${target} has the title of ${titles.get(head.title)}`).toBeUndefined();
    expect(
      descriptions.get(head.description!),
      `${target} has the description of ${descriptions.get(head.description!)}`,
    ).toBeUndefined();
    titles.set(head.title, target);
    descriptions.set(head.description!, target);
  }
  expect(descriptions.size).toBe(PUBLIC_TEMPLATES.length);
});

test("an action's and a workstream's preview is its own 1200 × 630 PNG, with no cookie; other pages share the site's", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = publicOrigin(baseURL!);
  for (const [path, image] of [
    ["/actions/3.4", "/og/actions/3.4?v="],
    ["/workstreams/8", "/og/workstreams/8?v="],
    ["/status", "/og/site"],
  ] as const) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    const { ogImage } = await headOf(page);
    expect(ogImage?.startsWith(`${origin}${image}`), `${path}: ${ogImage}`).toBe(true);
    await expectPreviewPng(request, ogImage!, origin);
    // Its words, for those who cannot see it.
    expect(await content(page, 'meta[property="og:image:alt"]'), path).toBeTruthy();
  }
  expect((await request.get("/og/actions/9.99")).status()).toBe(404);
  expect((await request.get("/og/workstreams/03")).status()).toBe(404);
});

test("an action's preview and description say its status in words, as its badges do", async ({ page }) => {
  // 5.4 of the demo plan: due on 30 September 2025 and never reported.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Auckland" }).format(new Date());
  const days = Math.round((Date.parse(today) - Date.parse("2025-09-30")) / 86_400_000);
  await page.goto("/actions/5.4", { waitUntil: "domcontentloaded" });
  const status = `Status: Not yet reported, Overdue by ${days} days. Lead agency: `;
  expect(await content(page, 'meta[property="og:image:alt"]')).toMatch(new RegExp(`^Action 5\\.4: .*${status}`));
  expect(await content(page, 'meta[name="description"]')).toContain(status);
  await page.goto("/actions/1.4", { waitUntil: "domcontentloaded" });
  expect(await content(page, 'meta[property="og:image:alt"]')).toBe(
    "Action 1.4: Determine criteria for quality CEIAG. Status: Complete. Lead agency: Tertiary Education Commission (TEC).",
  );
});

test("canonical and preview addresses are built on the configured public address, not the Host asked", async ({
  request,
  baseURL,
}) => {
  const origin = publicOrigin(baseURL!);
  const html = await (
    await request.get("/workstreams/2", { headers: { "x-forwarded-host": "evil.example", host: "evil.example" } })
  ).text();
  expect(html).toContain(`<link rel="canonical" href="${origin}/workstreams/2"/>`);
  expect(html).toContain(`<meta property="og:image" content="${origin}/og/workstreams/2?v=`);
  expect(html).not.toContain("evil.example");
});
