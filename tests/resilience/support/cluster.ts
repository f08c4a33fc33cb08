/**
 * A private PostgreSQL cluster in a temp folder that a resilience part can stop and start again
 * (the database "going away" under the app), on a free loopback port. As root it runs as the
 * `postgres` system user (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "../../support/postgres-server";
import { databaseUrl } from "../../support/template-kinds";

export type Cluster = {
  /** The maintenance database's address (`postgres`). */
  adminUrl: string;
  port: number;
  /** A new empty database on the cluster; returns its address. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once (`-m immediate`: clients see their connections drop, as in a crash). */
  pause(): void;
  /** Starts it again on the same port and data. */
  resume(): void;
  /** Stops it and removes its folder. */
  remove(): void;
};

function binDir(): string {
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(base, versions[0], "bin");
  }
  return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
}

export async function startCluster(label: string): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), `mahere-resilience-${label}-`));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync("chown", ["postgres:postgres", dir]);
  }
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]]
      : [path.join(bin, cmd), args];
    const result = spawnSync(c, a, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${cmd} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]);
  // max_connections leaves room for the app's pool (10), the checks' own connections and a pool
  // of slow queries; synchronous_commit stays on: an acknowledged commit must survive a stop.
  const start = () =>
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`,
      "start",
    ]);
  start();
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let running = true;
  return {
    adminUrl,
    port,
    async createDatabase(name) {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      try {
        await admin.unsafe(`create database ${name}`);
      } finally {
        await admin.end({ timeout: 5 });
      }
      return databaseUrl(adminUrl, name);
    },
    pause() {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      running = false;
    },
    resume() {
      start();
      running = true;
    },
    remove() {
      try {
        if (running) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
