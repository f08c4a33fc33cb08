import { expect, test } from "@playwright/test";

/**
 * Responses a shared cache may keep carry no cookie: a proxy or CDN would otherwise refuse them,
 * or hand one visitor's cookie to the next. Staff pages still set the sign-in cookies.
 */
test("public pages, feeds and open data set no cookie; a staff page still does", async ({ request }) => {
  for (const path of [
    "/",
    "/actions/1.5",
    "/workstreams/2",
    "/feed.xml",
    "/workstreams/2/feed.xml",
    "/api/v1/plan",
    "/api/v1/actions.csv",
    "/login",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  const staff = await request.get("/my", { maxRedirects: 0 });
  expect(staff.status()).toBe(307);
  expect(staff.headers()["location"]).toContain("/login");
});

test("feeds and the OpenAPI document build links on the configured public address, not the Host asked", async ({
  request,
  baseURL,
}) => {
  // The server's MAHERE_PUBLIC_URL is the address the browser uses; the request names another host.
  const origin = new URL(baseURL!).origin;
  const otherHost = { host: `localhost:${new URL(baseURL!).port}`, "x-forwarded-host": "evil.example" };
  const feed = await (await request.get("/feed.xml", { headers: otherHost })).text();
  expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/feed.xml"/>`);
  expect(feed).not.toContain("evil.example");
  const doc = (await (await request.get("/api/v1/openapi.json", { headers: otherHost })).json()) as {
    servers: { url: string }[];
  };
  expect(doc.servers.map((s) => s.url)).toEqual([origin]);
});

test("a cross-site or oversized post gets a clear 4xx, and the server carries on", async ({ request, baseURL }) => {
  const action = { "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8" };
  const crossSite = await request.post("/login", { headers: { ...action, origin: "null" }, data: "[]" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("did not come from a Mahere page");
  const huge = await request.post("/login", {
    headers: { origin: new URL(baseURL!).origin },
    multipart: { $ACTION_ID_0: "", email: "someone@example.org", password: "x".repeat(2 * 1024 * 1024) },
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("your browser keeps what you typed");
  expect((await request.get("/")).status()).toBe(200);
});

test("the favicon, home-screen icon and web app manifest are served and linked", async ({ page, request }) => {
  await page.goto("/");
  const icon = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  const apple = await page.locator('head link[rel="apple-touch-icon"]').getAttribute("href");
  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
  expect([icon, apple, manifestHref].every(Boolean)).toBe(true);
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    icons: { src: string; type: string }[];
  };
  expect(manifest.name).toContain("Mahere");
  for (const src of [icon!, apple!, ...manifest.icons.map((i) => i.src)]) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()["content-type"], src).toMatch(/^image\/(png|svg\+xml)/);
    expect(response.headers()["set-cookie"], src).toBeUndefined();
  }
});
