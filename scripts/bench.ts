/**
 * `npm run bench -- --small 100x20 --large 1000x200`
 *
 * For each size (actions × updates per action): a fresh PostgreSQL database, filled by
 * scripts/fill-history.ts, served by the built app (`node scripts/start.mjs`); signs in as the demo
 * TEC monitor, warms each path up once, then times full-document GETs. Prints median, p90 and bytes
 * per path and size, the large/small ratio per path, and the plan of the "latest published update
 * per action" query on the large database. A command, not a test: it asserts nothing about speed.
 *
 * Uses a throwaway PostgreSQL cluster, or the server named by BENCH_DATABASE_URL (it must be allowed
 * to create databases; the bench drops the ones it created).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startThrowawayPostgres } from "../tests/support/postgres-server";
import { explainLatestPublished, verdict } from "./bench/explain";
import { percentile, timePath, type Timing } from "./bench/http";
import { signIn, stopProcessGroup, waitUntilReady } from "./support/app-server";

const DEFAULT_PATHS = "/dashboard,/dashboard?period={period},/reports/{period}";
const MONITOR = { email: "monitor@example.org", password: "Demo-Password-2026" };

const { values } = parseArgs({
  options: {
    small: { type: "string", default: "100x20" },
    large: { type: "string", default: "1000x200" },
    periods: { type: "string", default: "24" },
    runs: { type: "string", default: "10" },
    warmups: { type: "string", default: "1" },
    port: { type: "string", default: process.env.PORT || "3600" },
    paths: { type: "string", default: process.env.BENCH_PATHS || DEFAULT_PATHS },
    "skip-build": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    "Usage: npm run bench -- [--small 100x20] [--large 1000x200] [--periods 24] [--runs 10] [--warmups 1] [--port 3600]\n" +
      `       [--paths "${DEFAULT_PATHS}"] [--skip-build]\n` +
      "{period} in a path becomes the latest closed period's slug (e.g. 2026-q3).\n" +
      "BENCH_DATABASE_URL=postgres://… uses that server instead of a throwaway cluster.",
  );
  process.exit(0);
}

type Size = { name: "small" | "large"; actions: number; updates: number };
function size(name: Size["name"], text: string): Size {
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    console.error(`--${name} must look like 1000x200 (actions x updates per action), got "${text}".`);
    process.exit(2);
  }
  return { name, actions: Number(match[1]), updates: Number(match[2]) };
}
const sizes = [size("small", values.small), size("large", values.large)];
const periods = Number(values.periods);
const runs = Number(values.runs);
const warmups = Math.max(1, Number(values.warmups));
const port = Number(values.port);
const pathTemplates = values.paths
  .split(",")
  .map((p) => p.trim())
  .filter(Boolean);
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

// Everything started here is stopped here, newest first, on success, failure or Ctrl-C.
const cleanups: (() => unknown)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`Clean-up step failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the app and the database…`);
    void cleanUp().then(() => process.exit(130));
  });
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function latestClosedSlug(url: string): Promise<string | null> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql<{ label: string }[]>`
      select label from reporting_periods where closed_at is not null order by starts_on desc limit 1`;
    return row ? row.label.toLowerCase().replace(/\s+/g, "-") : null;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type SizeResult = { size: Size; fillSeconds: number; timings: Timing[] };

async function benchSize(adminUrl: string, s: Size): Promise<SizeResult> {
  const name = `mahere_bench_${s.name}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  });
  const url = databaseUrl(adminUrl, name);

  console.log(`\n== ${s.name}: ${s.actions} actions × ${s.updates} updates, ${periods} periods ==`);
  const fillStarted = Date.now();
  const fill = spawnSync(
    tsx,
    [
      "scripts/fill-history.ts",
      "--actions",
      String(s.actions),
      "--periods",
      String(periods),
      "--updates-per-action",
      String(s.updates),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
  );
  if (fill.status !== 0) throw new Error(`Filling the ${s.name} database failed (exit ${fill.status ?? fill.signal}).`);
  const fillSeconds = (Date.now() - fillStarted) / 1000;

  const slug = await latestClosedSlug(url);
  const paths = pathTemplates.map((p) => {
    if (p.includes("{period}") && !slug) throw new Error(`No closed period to put in ${p}.`);
    return p.replaceAll("{period}", slug ?? "");
  });

  const logFile = path.join(os.tmpdir(), `mahere-bench-${s.name}-app.log`);
  const log = createWriteStream(logFile);
  const app = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true, // its own process group, so `next start` stops with it
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      AUTH_SECRET: randomBytes(33).toString("base64"),
      MAHERE_PUBLIC_URL: `http://localhost:${port}`,
      AUTH_TRUST_HOST: "true",
    },
  });
  app.stdout!.pipe(log);
  app.stderr!.pipe(log);
  cleanups.push(() => stopProcessGroup(app));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(base, 180_000, () => app.exitCode === null && app.signalCode === null);
  } catch (error) {
    console.error(readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"));
    throw error;
  }
  console.log(`App ready on ${base} (log: ${logFile}).`);

  const jar = await signIn(base, MONITOR.email, MONITOR.password);
  const timings: Timing[] = [];
  for (const p of paths) {
    const timing = await timePath(base, p, jar, runs, warmups);
    timings.push(timing);
    const note = timing.status === 200 ? "" : `  (status ${timing.status}: not a rendered page!)`;
    console.log(
      `  ${p}: median ${percentile(timing.ms, 50).toFixed(1)} ms, p90 ${percentile(timing.ms, 90).toFixed(1)} ms${note}`,
    );
  }

  if (s.name === "large") {
    const explained = await explainLatestPublished(url, new Date());
    console.log("\nEXPLAIN (ANALYZE, BUFFERS) of the latest-published-update-per-action query (large):");
    for (const line of explained.plan) console.log(`  ${line}`);
    for (const line of verdict(explained)) console.log(`  → ${line}`);
  }
  await stopProcessGroup(app);
  return { size: s, fillSeconds, timings };
}

function printReport(results: SizeResult[]) {
  const rows = results.flatMap((r) =>
    r.timings.map((t) => [
      t.path,
      `${r.size.name} (${r.size.actions}×${r.size.updates})`,
      percentile(t.ms, 50).toFixed(1),
      percentile(t.ms, 90).toFixed(1),
      String(t.bytes),
      String(t.status),
    ]),
  );
  const header = ["path", "size", "median ms", "p90 ms", "bytes", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  console.log(`\nTimings (${runs} GETs per path after ${warmups} warm-up GET(s), whole body read):`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r) => console.log(line(r)));

  const [small, large] = results;
  if (small && large) {
    console.log(
      `\nRatio large/small of the median (history ×${((large.size.actions * large.size.updates) / (small.size.actions * small.size.updates)).toFixed(0)}, ` +
        `actions ×${(large.size.actions / small.size.actions).toFixed(0)}):`,
    );
    large.timings.forEach((t, i) => {
      const before = small.timings[i]!;
      console.log(
        `  ${pathTemplates[i]}: ${(percentile(t.ms, 50) / percentile(before.ms, 50)).toFixed(2)}  ` +
          `(bytes ×${(t.bytes / Math.max(1, before.bytes)).toFixed(2)})`,
      );
    });
    console.log(
      `Fill time: small ${small.fillSeconds.toFixed(1)} s, large ${large.fillSeconds.toFixed(1)} s (including migrations).`,
    );
  }
}

try {
  if (!values["skip-build"]) {
    const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("The build failed.");
  }
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    console.log("Starting a throwaway PostgreSQL cluster…");
    const server = await startThrowawayPostgres();
    cleanups.push(() => server.stop());
    adminUrl = server.url;
  }
  const results: SizeResult[] = [];
  for (const s of sizes) results.push(await benchSize(adminUrl, s));
  printReport(results);
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
