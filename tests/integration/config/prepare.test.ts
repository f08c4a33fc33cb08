import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import * as t from "@/db/schema";

/** The start script's database step (db/prepare.ts), run as `npm start` runs it, on a fresh embedded database. */
function prepare(
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string; pgliteDir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mahere-prepare-"));
  dirs.push(dir);
  const pgliteDir = path.join(dir, "pglite");
  const child = spawn(process.execPath, ["node_modules/.bin/tsx", "db/prepare.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PGLITE_DIR: pgliteDir,
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    timeout: 170_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status: number | null) => resolve({ status, stdout, stderr, pgliteDir }));
  });
}

async function counts(pgliteDir: string) {
  const handle = await openDatabase({ kind: "pglite-dir", dir: pgliteDir });
  try {
    const [users] = await handle.db.select({ n: count() }).from(t.users);
    const [actions] = await handle.db.select({ n: count() }).from(t.actions);
    return { users: users!.n, actions: actions!.n };
  } finally {
    await handle.close();
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Each run boots the embedded database in a new process, migrates and (in the demo) seeds: ten seconds
// on idle cores, over a minute on a loaded two-core machine. This tests what is loaded, not how fast.
// The runs share nothing, so they run at once.
describe.concurrent("starting outside the demo", { timeout: 180_000 }, () => {
  it("stops with one line per missing setting, and touches no database", async () => {
    const run = await prepare({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/- AUTH_SECRET: required/);
    expect(run.stderr).toMatch(/- MAHERE_PUBLIC_URL: required/);
  });

  it("migrates but loads no demo plan and no demo accounts, and says how to create the first administrator", async () => {
    const run = await prepare({ AUTH_SECRET: "x".repeat(40), MAHERE_PUBLIC_URL: "https://mahere.example.org" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/No demo content is loaded/);
    expect(run.stdout).toMatch(/npm run user:create -- --email .* --role admin/);
    expect(await counts(run.pgliteDir)).toEqual({ users: 0, actions: 0 });
  });

  it("in the demo only, loads the demo plan and accounts", async () => {
    const run = await prepare({ MAHERE_DEMO: "1" });
    expect(run.status, run.stderr).toBe(0);
    const loaded = await counts(run.pgliteDir);
    expect(loaded.actions).toBeGreaterThan(30);
    expect(loaded.users).toBeGreaterThan(5);
  });
});
