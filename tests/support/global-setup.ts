import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { startThrowawayPostgres } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresAdminUrl: string;
  }
}

/**
 * Booting and migrating PGlite takes seconds, so it is done once and each test file loads a copy of
 * the migrated data folder. PostgreSQL comes from TEST_DATABASE_URL or a throwaway cluster; it is
 * never skipped.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mahere-test-"));
  const client = await PGlite.create();
  const handle = await openDatabase({ kind: "pglite-instance", client });
  await migrateDatabase(handle);
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const template = path.join(dir, "pglite-migrated.tar");
  writeFileSync(template, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", template);

  const server = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres();
  project.provide("postgresAdminUrl", process.env.TEST_DATABASE_URL ?? server!.url);

  return () => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
