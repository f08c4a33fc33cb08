import { openDatabase, optionsFromEnv } from "../client";
import { migrateDatabase } from "../migrate";
import { demoPlan } from "./demo-plan";
import { seedDemoUsers } from "./demo-users";
import { seedDemoPlan } from "./load-demo-plan";

if (process.env.DATABASE_URL && process.env.MAHERE_ALLOW_DEMO_SEED !== "1") {
  console.error(
    "Refusing to load demo content into the database named by DATABASE_URL. " +
      "The demo plan is illustrative; set MAHERE_ALLOW_DEMO_SEED=1 if this really is a demo database.",
  );
  process.exit(1);
}

const handle = await openDatabase(optionsFromEnv());
try {
  await migrateDatabase(handle);
  const result = await seedDemoPlan(handle.db, demoPlan);
  if (!process.env.DATABASE_URL) await seedDemoUsers(handle.db);
  console.log(
    result.seeded
      ? `Demo plan loaded (${handle.location}).`
      : `Demo plan already present; ${result.periodsAdded} reporting period(s) added, ${result.periodsClosed} closed.`,
  );
} finally {
  await handle.close();
}
