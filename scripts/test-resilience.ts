/**
 * `npm run test:resilience [-- --short] [--jobs N] [--report file.json] [--only 2]`
 *
 * Runs every resilience part (`tests/resilience/*.part.ts`, in name order) as its own process,
 * passing `--short` on. Each part prints one line per check and exits non-zero when one failed;
 * this prints each part's output as it finishes (in name order) and a closing `N passed, N failed`.
 * The app is built once first. `--jobs` parts run at once (default: all of them with `--short`,
 * whose parts are small, one at a time otherwise); `--only` keeps the parts whose file name
 * starts with one of the given prefixes. With `--report`, the counts as JSON for
 * scripts/sum-test-results.mjs.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    jobs: { type: "string" },
    report: { type: "string" },
    only: { type: "string" },
  },
});
const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "tests", "resilience");
const only = values.only?.split(",").map((p) => p.trim());
const parts = readdirSync(dir)
  .filter((f) => f.endsWith(".part.ts") && (!only || only.some((p) => f.startsWith(p))))
  .sort();
const jobs = Number(values.jobs ?? (values.short ? parts.length : 1));
const started = Date.now();

if (process.env.RESILIENCE_BUILT !== "1") {
  const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, MAHERE_TYPES_CHECKED: "1" },
  });
  if (build.status !== 0) {
    console.error("The build failed: no resilience part can run.");
    process.exit(1);
  }
}

const reports = mkdtempSync(path.join(os.tmpdir(), "mahere-resilience-"));
type Outcome = { part: string; code: number | null; output: string; seconds: number };

function runOne(part: string): Promise<Outcome> {
  const begun = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(dir, part), ...(values.short ? ["--short"] : [])],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, RESILIENCE_BUILT: "1", RESILIENCE_REPORT: path.join(reports, `${part}.jsonl`) },
      },
    );
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => child.kill(signal));
    child.on("close", (code) => resolve({ part, code, output, seconds: (Date.now() - begun) / 1000 }));
  });
}

const outcomes = new Map<string, Promise<Outcome>>();
const queue = [...parts];
const running = new Set<Promise<Outcome>>();
while (queue.length > 0) {
  const part = queue.shift()!;
  const run = runOne(part);
  outcomes.set(part, run);
  running.add(run);
  void run.then(() => running.delete(run));
  if (running.size >= jobs) await Promise.race(running);
}

let passed = 0;
let failed = 0;
for (const part of parts) {
  const outcome = await outcomes.get(part)!;
  console.log(`\n--- ${part} (${outcome.seconds.toFixed(1)} s, exit ${outcome.code})\n${outcome.output.trimEnd()}`);
  let counted = false;
  try {
    for (const line of readFileSync(path.join(reports, `${part}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)) {
      const r = JSON.parse(line) as { passed: number; failed: number };
      passed += r.passed;
      failed += r.failed;
      counted = true;
    }
  } catch {
    // no report: the part died before its end
  }
  if (!counted || (outcome.code !== 0 && outcome.code !== 1)) {
    console.log(`${part} stopped before it could report (exit ${outcome.code}): counted as one failure`);
    failed += 1;
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(
  `\nresilience (${parts.length} parts${values.short ? ", short" : ""}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`${passed} passed, ${failed} failed`);
if (values.report) writeFileSync(values.report, JSON.stringify({ passed, failed }));
process.exit(failed > 0 || passed === 0 ? 1 : 0);
