import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { databaseUrl, type Template } from "./template-kinds";

export { SEEDED_AT } from "./template-kinds";

export type Driver = "pglite" | "postgres";
export const DRIVERS: Driver[] = ["pglite", "postgres"];

/** A fresh, migrated, empty database of the given kind; `close()` removes it. */
export function freshDatabase(driver: Driver): Promise<DbHandle> {
  return fromTemplate(driver, "migrated");
}

export type SeedOptions =
  | { users?: false }
  /** `clock: "today"`: seeded when the run started, for code under test that reads the real clock. */
  | { users: true; clock?: "seededAt" | "today" };

/**
 * A fresh database with the demo plan, seeded at `SEEDED_AT` (or, with `clock: "today"`, at the
 * start of the run), and the demo accounts when `users` is set; `close()` removes it.
 */
export function seededDatabase(driver: Driver, options: SeedOptions = {}): Promise<DbHandle> {
  if (!options.users) return fromTemplate(driver, "plan");
  return fromTemplate(driver, options.clock === "today" ? "todayUsers" : "planUsers");
}

async function fromTemplate(driver: Driver, template: Template): Promise<DbHandle> {
  if (driver === "pglite") {
    const dump = readFileSync(inject("pgliteTemplates")[template]);
    const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
    return openDatabase({ kind: "pglite-instance", client });
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `mahere_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name} template ${inject("postgresTemplates")[template]}`);
  const handle = await openDatabase({ kind: "postgres", url: databaseUrl(adminUrl, name) });
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
