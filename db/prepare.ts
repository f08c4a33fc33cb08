/**
 * Run before the server starts: applies migrations and, in demo mode (no DATABASE_URL), loads the
 * demo plan into an empty embedded database. Never seeds a real PostgreSQL database.
 */
import { openDatabase, optionsFromEnv } from "./client";
import { migrateDatabase } from "./migrate";
import { demoPlan } from "./seed/demo-plan";
import { seedDemoUsers } from "./seed/demo-users";
import { seedDemoPlan } from "./seed/load-demo-plan";

const options = optionsFromEnv();
const handle = await openDatabase(options);
try {
  await migrateDatabase(handle);
  if (options.kind === "pglite-dir") {
    const result = await seedDemoPlan(handle.db, demoPlan);
    const users = await seedDemoUsers(handle.db);
    if (users > 0) console.log(`Demo accounts created: ${users} (password in the README).`);
    console.log(
      result.seeded
        ? `Embedded database was empty: demo plan loaded into ${handle.location}.`
        : `Embedded database ready (${handle.location}); existing data kept.`,
    );
  } else {
    console.log(`Database migrated (${handle.location}).`);
  }
} finally {
  await handle.close();
}
