import "server-only";
import { demoRequested } from "@/lib/env";
import { sql } from "drizzle-orm";
import { openDatabase, optionsFromEnv, type Db, type DbHandle } from "@/db/client";

// One handle per server process (PGlite allows only one opener of a data folder).
const holder = globalThis as typeof globalThis & { __mahereDb?: Promise<DbHandle> };

export async function getDb(): Promise<Db> {
  holder.__mahereDb ??= openDatabase(optionsFromEnv()).catch((error: unknown) => {
    holder.__mahereDb = undefined; // let the next request try again
    throw error;
  });
  return (await holder.__mahereDb).db;
}

/** True when the database answers a trivial query. */
export async function isDatabaseReady(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error("Database readiness check failed:", error instanceof Error ? error.message : error);
    return false;
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
