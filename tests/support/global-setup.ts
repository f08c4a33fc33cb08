import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./postgres-server";
import type { Templates } from "./template-kinds";
import { buildPgliteTemplates, buildPostgresTemplates } from "./templates";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplates: Templates;
    postgresAdminUrl: string;
    postgresTemplates: Templates;
  }
}

/**
 * Migrating and seeding take seconds, so each database a test file starts from (see template-kinds.ts)
 * is built once here, on both drivers: a PGlite data-folder dump each file loads a copy of, and a
 * PostgreSQL template database each file creates its own database from. PostgreSQL comes from
 * TEST_DATABASE_URL or a throwaway cluster; it is never skipped.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mahere-test-"));
  const today = new Date();
  const server = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres();
  const adminUrl = process.env.TEST_DATABASE_URL ?? server!.url;
  const prefix = `mahere_template_${randomBytes(4).toString("hex")}`;
  try {
    const [pglite, pg] = await Promise.all([
      buildPgliteTemplates(dir, today),
      buildPostgresTemplates(adminUrl, prefix, today),
    ]);
    project.provide("pgliteTemplates", pglite);
    project.provide("postgresAdminUrl", adminUrl);
    project.provide("postgresTemplates", pg.names);
    return async () => {
      try {
        await pg.drop();
      } finally {
        server?.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  } catch (error) {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
