#!/usr/bin/env node
// Screenshots of pages at desktop and phone widths, to look at what people will see:
// node scripts/screenshot.mjs http://localhost:3000 / /actions ...  → .data/screenshots/*.png
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const out = ".data/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths.length ? paths : ["/"]) {
    await page.goto(base + p, { waitUntil: "networkidle" });
    const name = `${out}/${(p.replace(/[^a-z0-9]+/gi, "_") || "_").replace(/^_|_$/g, "") || "home"}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await page.close();
}
await browser.close();
