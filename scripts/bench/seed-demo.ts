/**
 * `DATABASE_URL=postgres://… tsx scripts/bench/seed-demo.ts`: the benchmark's "demo" size. Migrates
 * the (new, empty) database, then loads the demo plan with its history and the demo accounts, as
 * `npm run demo` does on the embedded database, so the bench can sign in as the demo TEC monitor.
 */
import { openDatabase, optionsFromEnv } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { demoPlan } from "../../db/seed/demo-plan";
import { seedDemoUsers } from "../../db/seed/demo-users";
import { seedDemoPlan } from "../../db/seed/load-demo-plan";

const options = optionsFromEnv();
if (options.kind !== "postgres") {
  console.error("DATABASE_URL must name the benchmark's PostgreSQL database.");
  process.exit(2);
}
const handle = await openDatabase(options);
try {
  await migrateDatabase(handle);
  const result = await seedDemoPlan(handle.db, demoPlan);
  if (!result.seeded) throw new Error("The database already held the demo plan; the bench expects a new database.");
  const users = await seedDemoUsers(handle.db);
  console.log(`Demo plan loaded: ${demoPlan.actions.length} actions, ${users} demo accounts.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
