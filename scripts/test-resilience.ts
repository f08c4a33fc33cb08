/**
 * `npm run test:resilience [-- --short]`: runs every tests/resilience/*.part.ts in name order, each
 * as its own process (a part starts and kills servers of its own), passing `--short` on. Ends with
 * `N passed, N failed` (parts), and exits non-zero when any part failed. `--only=<text>` runs the
 * parts whose file name contains it.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const folder = path.join(root, "tests", "resilience");
const short = process.argv.includes("--short");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const parts = readdirSync(folder)
  .filter((f) => f.endsWith(".part.ts") && (!only || f.includes(only)))
  .sort();

let passed = 0;
let failed = 0;
for (const part of parts) {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(folder, part), ...(short ? ["--short"] : [])],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  const ok = result.status === 0;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"}  ${part}  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
