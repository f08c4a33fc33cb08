import { chromium } from "@playwright/test";
import { chromiumPath, chromiumArgs } from "/work/wt-stocktake-analysis/scripts/chromium.mjs";
const base = "http://localhost:3421";
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const shots = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: process.env.NOJS ? false : true });
const page = await ctx.newPage();
await page.goto(`${base}/login`);
await page.getByLabel("Email address").fill("monitor@example.org");
await page.getByLabel("Password").fill("Demo-Password-2026");
await page.getByRole("button", { name: /sign in/i }).click();
await page.waitForURL((u) => !u.pathname.includes("login"));
for (const spec of shots) {
  const [name, path, width] = spec.split("|");
  await page.setViewportSize({ width: Number(width || 1280), height: 900 });
  const res = await page.goto(base + path);
  console.log(name, res.status());
  await page.screenshot({ path: `/tmp/shots-analysis/${name}.png`, fullPage: true, clip: process.env.TOP ? { x: 0, y: Number(process.env.TOP), width: Number(width || 1280), height: 1300 } : undefined });
}
await browser.close();
