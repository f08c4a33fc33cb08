#!/usr/bin/env node
// `npm start`: build when the sources changed since the last build, check the configuration,
// migrate, then serve. Restarting keeps every saved row. Demo content is loaded only with `--demo`
// (`npm run demo`): then the embedded database gets the demo plan and accounts when it is empty.
// `--build-only` stops after the build (the test runner builds once, then Playwright serves);
// `--prepare-only` only prepares the database (the test runner seeds the browser tests' database
// while other checks run).
import { spawnSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // no network beyond the package registries
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

if (!existsSync(bin("next"))) {
  console.error("Dependencies are not installed. Run `npm run demo` (installs and starts) or `npm install` first.");
  process.exit(1);
}

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`  ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "i18n",
  "messages",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
];
function sourceHash() {
  const hash = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(p);
      hash.update(readFileSync(p));
    }
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

const prepareOnly = process.argv.includes("--prepare-only");
const stamp = path.join(root, ".next", "mahere-source-hash");
const current = prepareOnly ? null : sourceHash();
if (prepareOnly) {
  // No build: only the database below.
} else if (
  !existsSync(stamp) ||
  readFileSync(stamp, "utf8") !== current ||
  !existsSync(path.join(root, ".next", "BUILD_ID"))
) {
  run("Building the app", bin("next"), ["build"]);
  writeFileSync(stamp, current);
} else {
  console.log("Build is up to date.");
}
if (process.argv.includes("--build-only")) process.exit(0);

// Sessions are signed with AUTH_SECRET. A demo keeps a generated one in .data/ so sign-ins survive
// restarts; a real deployment must set its own (lib/env.ts checks it in the next step).
const demo = process.argv.includes("--demo");
if (demo) process.env.MAHERE_DEMO = "1";
if (demo && !process.env.AUTH_SECRET) {
  const secretFile = path.join(root, ".data", "auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.AUTH_TRUST_HOST ??= "true";

run("Preparing the database", bin("tsx"), ["db/prepare.ts"]);
if (prepareOnly) process.exit(0);

const port = process.env.PORT || "3000";
console.log(`\nMahere is starting on http://localhost:${port}${demo ? " (demo)" : ""}`);
// Next.js's request handling with a short-lived cache of public responses in front (scripts/serve.mjs).
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
