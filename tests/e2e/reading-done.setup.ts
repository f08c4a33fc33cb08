import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";

/**
 * Runs when every reading spec has passed, before the writing specs: it leaves a mark the test runner
 * (scripts/test-all.sh) waits for to start the production check, so that check uses the processor
 * time the writing specs, one at a time in each group, leave idle.
 */
test("the reading specs are done", () => {
  const dir = path.join(".data", `e2e-${process.env.E2E_PORT || 3100}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "reading-done"), new Date().toISOString());
});
