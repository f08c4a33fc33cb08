import "server-only";
import { demoRequested } from "@/lib/env";
import { sql } from "drizzle-orm";
import { openDatabase, optionsFromEnv, type Db, type DbHandle } from "@/db/client";

// One handle per server process (PGlite allows only one opener of a data folder).
const holder = globalThis as typeof globalThis & { __mahereDb?: Promise<DbHandle> };

export async function getDb(): Promise<Db> {
  const options = optionsFromEnv();
  holder.__mahereDb ??= openDatabase(options.kind === "postgres" ? { ...options, serving: true } : options).catch(
    (error: unknown) => {
      holder.__mahereDb = undefined; // let the next request try again
      throw error;
    },
  );
  return (await holder.__mahereDb).db;
}

/** How long the readiness check waits for an answer (a free connection included) before saying no. */
export const READY_TIMEOUT_MS = 3000;

/**
 * True when the database answers a trivial query within `timeoutMs`. A database that is down,
 * or a pool whose every connection is stuck behind slow queries, both mean "not ready": a load
 * balancer should send the traffic elsewhere rather than wait with it.
 */
export async function isDatabaseReady(timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const db = await Promise.race([getDb(), timeout]);
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return true;
  } catch (error) {
    console.error("Database readiness check failed:", error instanceof Error ? error.message : error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Demo mode (`npm run demo`): the embedded database with illustrative content, and its notice. */
export function isDemoMode(): boolean {
  return demoRequested();
}

/** Integration tests point the data access layer at their own database. */
export function setDatabaseHandle(handle: DbHandle): void {
  holder.__mahereDb = Promise.resolve(handle);
}
