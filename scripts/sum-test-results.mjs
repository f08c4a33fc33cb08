#!/usr/bin/env node
// Sums the JSON reports of vitest, Playwright, the production check (scripts/check-production.ts),
// the resilience suite's short version (scripts/test-resilience.ts) and the static checks into one
// line CI can read: `N passed, N failed`. Exits non-zero when anything failed or a report is missing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, staticPassed = "0", staticFailed = "0"] = process.argv.slice(2);
let passed = Number(staticPassed);
let failed = Number(staticFailed);
let skipped = 0;

function read(name) {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    console.log(`${name}: no report (the suite did not run to the end) — counted as one failure`);
    failed += 1;
    return null;
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

const vitest = read("vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0);
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}
const playwright = read("playwright.json");
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected + (playwright.errors?.length ?? 0);
  skipped += s.skipped;
  console.log(`playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed`);
}
const production = read("production-check.json");
if (production) {
  passed += production.passed;
  failed += production.failed;
  console.log(`production check: ${production.passed} passed, ${production.failed} failed`);
}
// The resilience suite runs in `npm test` only when asked for (MAHERE_TEST_RESILIENCE=1).
const resilience = process.env.MAHERE_TEST_RESILIENCE === "1" ? read("resilience.json") : null;
if (resilience) {
  passed += resilience.passed;
  failed += resilience.failed;
  console.log(`resilience: ${resilience.passed} passed, ${resilience.failed} failed`);
}
console.log(`static checks: ${staticPassed} passed, ${staticFailed} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
