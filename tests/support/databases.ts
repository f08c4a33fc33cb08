import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type Driver = "pglite" | "postgres";
export const DRIVERS: Driver[] = ["pglite", "postgres"];

/** A fresh, migrated database of the given kind; `close()` removes it. */
export async function freshDatabase(driver: Driver): Promise<DbHandle> {
  if (driver === "pglite") {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
    return openDatabase({ kind: "pglite-instance", client });
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `mahere_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
