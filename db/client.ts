import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers share the PostgreSQL dialect; app code sees only this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  /** Where the data lives, for messages: a folder, "memory" or the host of the URL (never the password). */
  location: string;
  close(): Promise<void>;
};

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * A server answering people keeps its waits bounded: a query that waits this long for a lock, or
 * runs this long, is stopped and the person is told to try again, instead of every connection of
 * the pool (and then every request) hanging behind it. Commands and scripts run without limits.
 */
export const SERVING_LIMITS = { lock_timeout: 15_000, statement_timeout: 60_000 };

export type OpenOptions =
  | { kind: "postgres"; url: string; serving?: boolean }
  | { kind: "pglite-dir"; dir: string }
  | { kind: "pglite-instance"; client: PGlite };

/** The database the environment names: `DATABASE_URL`, else the embedded PGlite in `PGLITE_DIR`. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite-dir", dir: env.PGLITE_DIR || DEFAULT_PGLITE_DIR };
}

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.kind === "postgres") {
    const sql = postgres(options.url, {
      max: 10,
      connect_timeout: 10,
      onnotice: () => undefined,
      // postgres.js sends these as the connection's settings (milliseconds).
      ...(options.serving ? { connection: SERVING_LIMITS as Record<string, number> } : {}),
    });
    return {
      db: drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db,
      driver: "postgres",
      location: safeHost(options.url),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  if (options.kind === "pglite-instance") {
    return {
      db: drizzlePglite(options.client, { schema, casing: "snake_case" }) as unknown as Db,
      driver: "pglite",
      location: "memory",
      close: () => options.client.close(),
    };
  }
  const dir = path.resolve(options.dir);
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = acquirePgliteLock(dir);
  try {
    const client = await PGlite.create(dir);
    return {
      db: drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db,
      driver: "pglite",
      location: dir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "postgres";
  }
}
