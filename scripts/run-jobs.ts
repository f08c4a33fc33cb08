// `npm run jobs:run`: runs once whatever jobs are due (closing periods, applying scheduled updates)
// against the configured database, as each server's loop does every few seconds. Safe alongside
// running servers on PostgreSQL; the embedded database allows one process, so stop the server first.
// Running servers show the changes at their next request (the public revision rose with them).
import { openDatabase, optionsFromEnv } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { setDatabaseHandle } from "../lib/dal/db";
import { runDueJobs } from "../lib/jobs/run-due";

const handle = await openDatabase(optionsFromEnv());
try {
  await migrateDatabase(handle);
  setDatabaseHandle(handle);
  const s = await runDueJobs({ db: handle.db });
  console.log(
    `Jobs run (${handle.location}): ${s.changed + s.done} done, ${s.retry} to retry, ${s.failed} failed for good.`,
  );
  if (s.retry + s.failed > 0) process.exitCode = 1;
} finally {
  await handle.close();
}
