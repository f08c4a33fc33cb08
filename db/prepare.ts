/**
 * Run before the server starts: checks the configuration (lib/env.ts), applies migrations and, in
 * demo mode only, loads the demo plan and accounts into an empty embedded database. Outside demo
 * mode nothing is seeded, on either database; with no users yet it says how to create the first
 * administrator.
 */
import { count } from "drizzle-orm";
import { readEnv } from "../lib/env";
import { openDatabase, optionsFromEnv } from "./client";
import { migrateDatabase } from "./migrate";
import * as t from "./schema";
import { demoPlan } from "./seed/demo-plan";
import { seedDemoUsers } from "./seed/demo-users";
import { seedDemoPlan } from "./seed/load-demo-plan";

const config = readEnv();
if (!config.ok) {
  console.error(`Mahere cannot start: its configuration is not valid.\n- ${config.problems.join("\n- ")}`);
  console.error("See the Configuration section of the README (or run `npm run demo` for the demo).");
  process.exit(1);
}

const options = optionsFromEnv();
const handle = await openDatabase(options);
try {
  await migrateDatabase(handle);
  if (config.env.demo) {
    const result = await seedDemoPlan(handle.db, demoPlan);
    const users = await seedDemoUsers(handle.db);
    if (users > 0) console.log(`Demo accounts created: ${users} (password in the README).`);
    console.log(
      result.seeded
        ? `Embedded database was empty: demo plan loaded into ${handle.location}.`
        : `Embedded database ready (${handle.location}); existing data kept.`,
    );
  } else {
    console.log(`Database migrated (${handle.location}). No demo content is loaded outside \`npm run demo\`.`);
    const [users] = await handle.db.select({ n: count() }).from(t.users);
    if ((users?.n ?? 0) === 0) {
      console.log(
        "There are no users yet. Create the first administrator with:\n" +
          '  npm run user:create -- --email you@agency.govt.nz --name "Your Name" --role admin',
      );
    }
  }
} finally {
  await handle.close();
}
