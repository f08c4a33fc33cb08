import { openDatabase, optionsFromEnv } from "./client";
import { migrateDatabase } from "./migrate";

const handle = await openDatabase(optionsFromEnv());
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.driver}, ${handle.location}).`);
} finally {
  await handle.close();
}
