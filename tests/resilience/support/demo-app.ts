/**
 * The built demo app (`node scripts/start.mjs --demo`: migrate, seed the demo plan and accounts, serve)
 * on its own embedded database in a temp folder, for the hostile-input, authorization and abuse parts.
 * `root` may be another copy of the project (the build without proxy.ts). Started in its own process
 * group, so its memory can be read (every process of the group) and it can be stopped whole.
 * RESILIENCE_PGLITE_TEMPLATE names a prepared demo database to start from instead of seeding one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stopProcessGroup, waitUntilReady } from "../../../scripts/support/app-server";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

/** Every demo account's password (README). */
export const DEMO_PASSWORD = "Demo-Password-2026";

export type DemoApp = {
  base: string;
  root: string;
  /** The embedded database's folder: open it once the app has stopped. */
  pgliteDir: string;
  /** Resident memory of the server's processes together, in bytes. */
  rss(): number;
  /** Everything the app printed so far. */
  output(): string;
  stop(): Promise<void>;
};

function rssOfGroup(group: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue; // pgrp
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

export async function startDemoApp(
  port: number,
  options: { root?: string; env?: Record<string, string> } = {},
): Promise<DemoApp> {
  const root = options.root ?? PROJECT_ROOT;
  const base = `http://127.0.0.1:${port}`;
  const pgliteDir = mkdtempSync(path.join(os.tmpdir(), "mahere-hostile-"));
  // A demo database prepared before (`node scripts/start.mjs --demo --prepare-only`), copied, spares
  // the seeding: the start then only checks its migrations.
  const template = process.env.RESILIENCE_PGLITE_TEMPLATE;
  if (template) cpSync(template, pgliteDir, { recursive: true, filter: (src) => !src.endsWith(".lock") });
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DATABASE_URL|PGLITE_DIR|PORT|NODE_ENV|AUTH_.*|NEXTAUTH_.*|MAHERE_.*|SMTP_URL)$/.test(key)) env[key] = value;
  }
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs", "--demo"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      PGLITE_DIR: pgliteDir,
      DATABASE_URL: "",
      MAHERE_PUBLIC_URL: base,
      AUTH_SECRET: "resilience-hostile-secret-000000000000000000",
      ...options.env,
    },
  });
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  try {
    await waitUntilReady(base, 300_000, alive);
  } catch (error) {
    await stopProcessGroup(child);
    throw new Error(`${(error as Error).message}\n${log.slice(-2000)}`);
  }
  return {
    base,
    root,
    pgliteDir,
    rss: () => rssOfGroup(child.pid!),
    output: () => log,
    async stop() {
      await stopProcessGroup(child);
    },
  };
}

/** Removes an embedded database folder left by a stopped app. */
export function removeDatabase(app: DemoApp) {
  rmSync(app.pgliteDir, { recursive: true, force: true });
  rmSync(`${app.pgliteDir}.lock`, { force: true });
}
