import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Db, DbHandle, Schema } from "./client";
import { refreshStaleSearchDocuments } from "./search/search-documents";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

/**
 * Applies every committed migration not yet applied, then builds the search documents that are
 * missing or out of date (the actions of a database migrated from before they were stored, or a
 * scheduled update that came due while no server ran); safe to run at every start.
 */
export async function migrateDatabase(handle: DbHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, { migrationsFolder });
  }
  await handle.db.transaction(async (tx) => {
    await refreshStaleSearchDocuments(tx as unknown as Db);
  });
}
