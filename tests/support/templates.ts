/**
 * The databases integration tests start from, built once per run by the global setup: migrating
 * and seeding the demo plan takes seconds on each driver, copying a finished one takes a fraction.
 * Relative imports only: the global setup runs outside the test workers.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openDatabase, type Db, type DbHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { demoPlan } from "../../db/seed/demo-plan";
import { seedDemoUsers } from "../../db/seed/demo-users";
import { seedDemoPlan } from "../../db/seed/load-demo-plan";
import { databaseUrl, SEEDED_AT, type Template, type Templates } from "./template-kinds";

const seedPlan = (db: Db) => seedDemoPlan(db, demoPlan, SEEDED_AT);
const seedUsers = (db: Db) => seedDemoUsers(db);
const seedToday = async (db: Db, today: Date) => {
  await seedDemoPlan(db, demoPlan, today);
  await seedDemoUsers(db);
};

/** Writes each PGlite template as a data-folder dump in `dir`; returns the file of each. */
export async function buildPgliteTemplates(dir: string, today: Date): Promise<Templates> {
  const files = {} as Templates;
  const save = async (client: PGlite, name: Template) => {
    const dump = await client.dumpDataDir("none");
    files[name] = path.join(dir, `pglite-${name}.tar`);
    writeFileSync(files[name], Buffer.from(await dump.arrayBuffer()));
    return dump;
  };

  const client = await PGlite.create();
  const handle = await openDatabase({ kind: "pglite-instance", client });
  await migrateDatabase(handle);
  const migrated = await save(client, "migrated");
  await seedPlan(handle.db);
  await save(client, "plan");
  await seedUsers(handle.db);
  await save(client, "planUsers");
  await handle.close();

  const todayClient = await PGlite.create({ loadDataDir: migrated });
  const todayHandle = await openDatabase({ kind: "pglite-instance", client: todayClient });
  await seedToday(todayHandle.db, today);
  await save(todayClient, "todayUsers");
  await todayHandle.close();
  return files;
}

/**
 * Creates each template as a PostgreSQL template database (no connections allowed, so a test
 * cannot change it by mistake); `drop` removes them all.
 */
export async function buildPostgresTemplates(
  adminUrl: string,
  prefix: string,
  today: Date,
): Promise<{ names: Templates; drop(): Promise<void> }> {
  const names: Templates = {
    migrated: `${prefix}_migrated`,
    plan: `${prefix}_plan`,
    planUsers: `${prefix}_plan_users`,
    todayUsers: `${prefix}_today_users`,
  };
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  const drop = async () => {
    for (const name of Object.values(names)) {
      await admin.unsafe(`alter database ${name} with is_template false`).catch(() => undefined);
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    }
    await admin.end({ timeout: 5 });
  };
  const build = async (name: Template, from: Template | null, fill: (handle: DbHandle) => Promise<unknown>) => {
    await admin.unsafe(`create database ${names[name]}${from ? ` template ${names[from]}` : ""}`);
    const handle = await openDatabase({ kind: "postgres", url: databaseUrl(adminUrl, names[name]) });
    try {
      await fill(handle);
    } finally {
      await handle.close();
    }
    await admin.unsafe(`alter database ${names[name]} with is_template true allow_connections false`);
  };
  try {
    await build("migrated", null, migrateDatabase);
    await build("plan", "migrated", (h) => seedPlan(h.db));
    await build("planUsers", "plan", (h) => seedUsers(h.db));
    await build("todayUsers", "migrated", (h) => seedToday(h.db, today));
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return { names, drop };
}
