import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres, type PostgresServer } from "./postgres-server";
import type { Templates } from "./template-kinds";
import { buildPgliteTemplates, buildPostgresTemplates } from "./templates";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplates: Templates;
    postgresAdminUrl: string;
    postgresTemplates: Templates;
  }
}

type Built = { pglite: Templates; postgresAdminUrl: string; postgres: Templates; teardown: () => Promise<void> };

/**
 * Both integration projects (shared and isolated module graphs, vitest.config.ts) run this setup in
 * the one vitest process: the templates are built once, given to each, and removed after the last.
 */
const shared = globalThis as typeof globalThis & { __mahereTemplates?: Promise<Built>; __mahereTemplateUsers?: number };

export default async function setup(project: TestProject) {
  shared.__mahereTemplates ??= build();
  const built = await shared.__mahereTemplates;
  shared.__mahereTemplateUsers = (shared.__mahereTemplateUsers ?? 0) + 1;
  project.provide("pgliteTemplates", built.pglite);
  project.provide("postgresAdminUrl", built.postgresAdminUrl);
  project.provide("postgresTemplates", built.postgres);
  return async () => {
    shared.__mahereTemplateUsers = shared.__mahereTemplateUsers! - 1;
    if (shared.__mahereTemplateUsers === 0) await built.teardown();
  };
}

/**
 * Migrating and seeding take seconds, so each database a test file starts from (see template-kinds.ts)
 * is built once here, on both drivers: a PGlite data-folder dump each file loads a copy of, and a
 * PostgreSQL template database each file creates its own database from. PostgreSQL comes from
 * TEST_DATABASE_URL or a throwaway cluster; it is never skipped.
 */
async function build(): Promise<Built> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mahere-test-"));
  const today = new Date();
  let server: PostgresServer | null = null;
  const onPostgres = async () => {
    if (!process.env.TEST_DATABASE_URL) server = await startThrowawayPostgres();
    const adminUrl = process.env.TEST_DATABASE_URL ?? server!.url;
    const prefix = `mahere_template_${randomBytes(4).toString("hex")}`;
    return { adminUrl, ...(await buildPostgresTemplates(adminUrl, prefix, today)) };
  };
  // The PostgreSQL server starts and seeds in its own process while PGlite works in this one.
  const [pglite, pg] = await Promise.allSettled([buildPgliteTemplates(dir, today), onPostgres()]);
  const teardown = async () => {
    try {
      if (pg.status === "fulfilled") await pg.value.drop();
    } finally {
      server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  if (pglite.status === "rejected" || pg.status === "rejected") {
    await teardown();
    throw pglite.status === "rejected" ? pglite.reason : (pg as PromiseRejectedResult).reason;
  }
  return { pglite: pglite.value, postgresAdminUrl: pg.value.adminUrl, postgres: pg.value.names, teardown };
}
