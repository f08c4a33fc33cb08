// `npm run digest:send`: queues today's digests now (New Zealand day) instead of at the daily time,
// for every confirmed follower with news who has not had today's, then sends them and whatever else
// is due, as `npm run jobs:run` does. Safe alongside running servers on PostgreSQL; the embedded
// database allows one process, so stop the server first.
import { openDatabase, optionsFromEnv } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { recordSystemAudit } from "../lib/dal/audit";
import { setDatabaseHandle } from "../lib/dal/db";
import { queueDigests } from "../lib/dal/digests";
import { digestDayOf } from "../lib/digest/schedule";
import { runDueJobs } from "../lib/jobs/run-due";

const handle = await openDatabase(optionsFromEnv());
try {
  await migrateDatabase(handle);
  setDatabaseHandle(handle);
  const now = new Date();
  const { day } = digestDayOf(now);
  const queued = await handle.db.transaction(async (tx) => {
    const n = await queueDigests(tx, day, now);
    await recordSystemAudit(tx, {
      label: "npm run digest:send",
      entity: "digest",
      entityId: day,
      event: "digests_sent_now",
      after: { queued: n },
      at: now,
    });
    return n;
  });
  const s = await runDueJobs({ db: handle.db });
  console.log(
    `Digests of ${day} (${handle.location}): ${queued} queued. Jobs: ${s.changed + s.done} done, ${s.retry} to retry, ${s.failed} failed for good.`,
  );
  if (s.retry + s.failed > 0) process.exitCode = 1;
} finally {
  await handle.close();
}
