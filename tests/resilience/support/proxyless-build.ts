/**
 * The app built without proxy.ts, in a copy of the project under the system's temp folder (its own
 * .next, never the shared one): the project's files as they are now, node_modules hard-linked (no
 * copy of the bytes), proxy.ts left out. Built with the project's own start script, which rebuilds
 * only when the copy's sources changed since its last build, so a second run reuses it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./demo-app";

export const PROXYLESS_ROOT = path.join(os.tmpdir(), "mahere-resilience-proxyless");

export function buildWithoutProxy(): string {
  mkdirSync(PROXYLESS_ROOT, { recursive: true });
  // Tracked and new files, as they stand in the work tree (not .next, .data or node_modules).
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f && f !== "proxy.ts" && existsSync(path.join(PROJECT_ROOT, f)));
  for (const file of files) {
    const target = path.join(PROXYLESS_ROOT, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(PROJECT_ROOT, file), target);
  }
  rmSync(path.join(PROXYLESS_ROOT, "proxy.ts"), { force: true });
  if (!existsSync(path.join(PROXYLESS_ROOT, "node_modules"))) {
    execFileSync("cp", ["-al", path.join(PROJECT_ROOT, "node_modules"), path.join(PROXYLESS_ROOT, "node_modules")]);
  }
  const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: PROXYLESS_ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, MAHERE_TYPES_CHECKED: "1" },
  });
  if (build.status !== 0) throw new Error("The build without proxy.ts failed.");
  if (existsSync(path.join(PROXYLESS_ROOT, ".next", "server", "middleware-manifest.json"))) {
    const manifest = execFileSync("cat", [path.join(PROXYLESS_ROOT, ".next", "server", "middleware-manifest.json")], {
      encoding: "utf8",
    });
    if (/"matchers"/.test(manifest)) throw new Error("The build without proxy.ts still has a proxy.");
  }
  return PROXYLESS_ROOT;
}
