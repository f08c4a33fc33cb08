/**
 * `npm run bench -- --sizes 100x20,1000x200`
 *
 * For each size (the demo plan, or actions × updates per action): a fresh PostgreSQL database, filled
 * by scripts/fill-history.ts (or the demo seed), served by the built app (`node scripts/start.mjs`)
 * after its data cache is cleared. Checks the app serves that database, times sequential GETs of
 * public pages (anonymous) and staff pages (as the demo TEC monitor), then runs a burst of concurrent
 * requests with autocannon on `/`, an action page and a static asset. Prints a table per size, the
 * largest/smallest comparison with the targets, and the plan of the "latest published update per
 * action" query on the largest database. A command, not a test: a missed target fails nothing.
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
import { startThrowawayPostgres } from "../tests/support/postgres-server";
import { burst, settle, type BurstResult } from "./bench/burst";
import { checkServesSize, staticAssetOf } from "./bench/check-size";
import { explainLatestPublished, verdict } from "./bench/explain";
import { median, percentile, timePath } from "./bench/http";
import { renderComparison, renderSize, type PathResult, type RunSettings, type SizeResult } from "./bench/report";
import { createSizeDatabase, parseSize, readFacts, type Size, type SizeFacts } from "./bench/sizes";
import { writeFigures } from "./bench/write-doc";
import { benchWrites, type WriteSettings } from "./bench/writes";
import { CookieJar, signIn, stopProcessGroup, waitUntilReady } from "./support/app-server";

/**
 * An anonymous reader that carries a cookie the app ignores: requests with cookies are answered by
 * Next.js itself, not by the short-lived response cache in front of it (scripts/serve.mjs), so the
 * sequential timings show what serving a page costs the app. The burst reads without cookies, as
 * a crowd of new readers does.
 */
function appItself() {
  const jar = new CookieJar();
  jar.set("mahere_bench", "1");
  return jar;
}

const DEFAULT_SIZES = "100x20,1000x200";
const DEFAULT_PUBLIC_PATHS = "/,/actions/{action},/actions/{longest},/api/v1/plan,/actions?q=careers";
const DEFAULT_PATHS = "/dashboard,/dashboard?period={period},/reports/{period}";
const MONITOR = { email: "monitor@example.org", password: "Demo-Password-2026" };

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: DEFAULT_SIZES },
    small: { type: "string" },
    large: { type: "string" },
    periods: { type: "string", default: "24" },
    runs: { type: "string", default: "10" },
    warmups: { type: "string", default: "1" },
    port: { type: "string", default: process.env.PORT || "3600" },
    "public-paths": { type: "string", default: process.env.BENCH_PUBLIC_PATHS || DEFAULT_PUBLIC_PATHS },
    paths: { type: "string", default: process.env.BENCH_PATHS || DEFAULT_PATHS },
    "burst-seconds": { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    writers: { type: "string", default: "20" },
    "write-seconds": { type: "string", default: "20" },
    readers: { type: "string", default: "100" },
    "load-seconds": { type: "string", default: "60" },
    "skip-build": { type: "boolean", default: false },
    "write-doc": { type: "boolean", default: false },
    doc: { type: "string", default: "docs/benchmark.md" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    `Usage: npm run bench -- [--sizes ${DEFAULT_SIZES}] [--periods 24] [--runs 10] [--warmups 1] [--port 3600]\n` +
      `       [--public-paths "${DEFAULT_PUBLIC_PATHS}"]\n` +
      `       [--paths "${DEFAULT_PATHS}"]\n` +
      "       [--burst-seconds 10] [--connections 50] [--skip-build] [--write-doc] [--doc docs/benchmark.md]\n" +
      "       [--writers 20] [--write-seconds 20] [--readers 100] [--load-seconds 60]\n" +
      "Sizes, smallest first: `demo` (the demo plan) or ACTIONSxUPDATES (a synthetic history); --small A --large B\n" +
      "is short for --sizes A,B. The comparison divides the last size's medians by the first's.\n" +
      "Public paths are read anonymously, --paths as the demo TEC monitor. In a path, {period} becomes the latest\n" +
      "closed period's slug, {action} the first action's code, {longest} the code of the action with the most updates.\n" +
      "--burst-seconds 0 skips the burst. --write-doc rewrites the marked figures section of --doc.\n" +
      "On the largest size: --writers staff submitting updates for --write-seconds (0 skips), then the load\n" +
      "(--readers readers beside the writers) for --load-seconds (0 skips).\n" +
      "BENCH_DATABASE_URL=postgres://… uses that server instead of a throwaway cluster.",
  );
  process.exit(0);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
function count(name: string, min: number): number {
  const n = Number(values[name as keyof typeof values]);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}.`);
  return n;
}
const sizeTexts =
  values.small || values.large ? [values.small ?? "100x20", values.large ?? "1000x200"] : values.sizes.split(",");
const sizes: Size[] = sizeTexts.map((text) => {
  const s = parseSize(text.trim());
  return s ?? fail(`A size is "demo" or ACTIONSxUPDATES like 1000x200, got "${text}".`);
});
const periods = count("periods", 1);
const settings: RunSettings = {
  runs: count("runs", 1),
  warmups: count("warmups", 1),
  burstSeconds: count("burst-seconds", 0),
  connections: count("connections", 1),
};
const port = count("port", 1);
const writeSettings: WriteSettings = {
  writers: count("writers", 1),
  writeSeconds: count("write-seconds", 0),
  readers: count("readers", 0),
  loadSeconds: count("load-seconds", 0),
};
const list = (text: string) =>
  text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
const templates = [
  ...list(values["public-paths"]).map((template) => ({ template, audience: "public" as const })),
  ...list(values.paths).map((template) => ({ template, audience: "signed in" as const })),
];
const root = path.resolve(import.meta.dirname, "..");

// Everything started here is stopped here, newest first, on success, failure or Ctrl-C.
const cleanups: (() => unknown)[] = [];
async function cleanUp(until = 0) {
  while (cleanups.length > until) {
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

function resolvePath(template: string, facts: SizeFacts): string {
  if (template.includes("{period}") && !facts.period) throw new Error(`No closed period to put in ${template}.`);
  return template
    .replaceAll("{period}", facts.period ?? "")
    .replaceAll("{action}", facts.firstAction)
    .replaceAll("{longest}", facts.longestAction);
}

/** Starts the built app on the database; its output goes to a log file in the temp folder. */
async function startApp(url: string, s: Size) {
  const logFile = path.join(
    os.tmpdir(),
    `mahere-bench-${s.kind === "demo" ? "demo" : `${s.actions}x${s.updates}`}-app.log`,
  );
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
  return base;
}

async function burstTargets(base: string, facts: SizeFacts, home: string): Promise<BurstResult[]> {
  if (settings.burstSeconds === 0) return [];
  const asset = staticAssetOf(home);
  if (!asset) throw new Error("The home page links to no file under /_next/static/ to compare with.");
  const targets = [
    { label: "home", path: "/" },
    { label: "action page", path: `/actions/${facts.firstAction}` },
    { label: "static asset", path: asset },
  ];
  // The static file's own time when the server is idle, to tell when it is idle again between bursts.
  const idle = await timePath(base, asset, new CookieJar(), 5);
  const threshold = Math.max(50, 3 * median(idle));
  const results: BurstResult[] = [];
  for (const t of targets) {
    const waited = await settle(base, asset, threshold);
    if (waited > 1000)
      console.log(`  (waited ${(waited / 1000).toFixed(1)} s for the server to finish the last burst's requests)`);
    const b = await burst(base, t.label, t.path, settings.burstSeconds, settings.connections);
    console.log(
      `  burst ${t.path}: ${b.requests} answers, ${b.requestsPerSecond.toFixed(1)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms, ` +
        `${b.non2xx} non-2xx, ${b.errors} errors`,
    );
    results.push(b);
  }
  return results;
}

async function benchSize(adminUrl: string, s: Size, last: boolean): Promise<SizeResult> {
  console.log(`\n== ${s.label}${s.kind === "fill" ? `, ${periods} periods` : ""} ==`);
  const mark = cleanups.length;
  const db = await createSizeDatabase(adminUrl, s, periods, root);
  cleanups.push(db.drop);
  const facts = await readFacts(db.url);

  const base = await startApp(db.url, s);
  const home = await checkServesSize(base, facts, s.kind === "fill" ? s.actions : null);
  console.log(`Checked: /api/v1/plan lists the database's ${facts.actions} actions and / shows "${facts.planTitle}".`);

  const monitor = await signIn(base, MONITOR.email, MONITOR.password);
  const pages: PathResult[] = [];
  for (const { template, audience } of templates) {
    const jar = audience === "public" ? appItself() : monitor;
    const timing = await timePath(base, resolvePath(template, facts), jar, settings.runs, settings.warmups);
    pages.push({ template, audience, timing });
    const note = timing.status === 200 ? "" : `  (status ${timing.status}: not a rendered page!)`;
    console.log(
      `  ${timing.path}: median ${median(timing).toFixed(1)} ms, p95 ${percentile(timing.ms, 95).toFixed(1)} ms${note}`,
    );
  }
  const bursts = await burstTargets(base, facts, home);

  let writes: string[] = [];
  if (last && (writeSettings.writeSeconds > 0 || writeSettings.loadSeconds > 0)) {
    console.log("\nWrites and the load (on this size):");
    writes = await benchWrites(base, db.url, writeSettings);
    for (const line of writes) console.log(`  ${line}`);
  }
  if (last && s.kind === "fill") {
    const explained = await explainLatestPublished(db.url, new Date());
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the latest-published-update-per-action query (${s.label}):`);
    for (const line of explained.plan) console.log(`  ${line}`);
    for (const line of verdict(explained)) console.log(`  → ${line}`);
  }
  await cleanUp(mark); // stop the app, drop the database
  return { size: s, facts, fillSeconds: db.fillSeconds, pages, bursts, writes };
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
  const startLoad = os.loadavg()[0]!;
  const results: SizeResult[] = [];
  for (const [i, s] of sizes.entries()) results.push(await benchSize(adminUrl, s, i === sizes.length - 1));

  const writes = results.flatMap((r) =>
    r.writes?.length ? ["", `Writes and load at ${r.size.label}:`, ...r.writes] : [],
  );
  const figures = [
    ...results.flatMap((r) => ["", ...renderSize(r, settings)]),
    "",
    ...renderComparison(results),
    ...writes,
  ];
  console.log(`\n${figures.join("\n")}`);

  if (values["write-doc"]) {
    const date = new Date().toISOString().slice(0, 10);
    const args = process.argv.slice(2).filter((a) => a !== "--write-doc");
    writeFigures(path.resolve(root, values.doc), [
      "",
      `Measured on ${date} with \`npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}\` ` +
        `(Node ${process.version}, ${os.cpus().length} cores, load average ${startLoad.toFixed(2)} when the sizes started).`,
      "",
      "```text",
      ...figures.slice(1),
      "```",
      "",
    ]);
    console.log(`Figures written to ${values.doc}.`);
  }
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
