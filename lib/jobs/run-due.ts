import "server-only";
import type { Db } from "@/db/client";
import { getDb } from "@/lib/dal/db";
import { claimDueJobs } from "./claim";
import { enqueueDueJobs } from "./enqueue";
import type { JobKind } from "./kind";
import { JOB_KINDS } from "./kinds";
import { runClaimedJob, type JobOutcome } from "./run-claimed";

export type RunSummary = Record<JobOutcome, number>;

export type RunOptions = {
  now?: Date;
  db?: Db;
  /** The kinds this runner knows (tests add their own); only these are queued and claimed. */
  kinds?: JobKind[];
};

/** Rounds of claiming per run: work queued faster than this waits for the next run. */
const MAX_ROUNDS = 20;

/**
 * Queues whatever has come due, then claims and runs due jobs until none is left. Any number of
 * servers may run this at once against one database: each job is claimed by one of them.
 */
export async function runDueJobs({ now = new Date(), db, kinds = JOB_KINDS }: RunOptions = {}): Promise<RunSummary> {
  const database = db ?? (await getDb());
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  const summary: RunSummary = { changed: 0, done: 0, retry: 0, failed: 0, lost: 0 };
  await enqueueDueJobs(database, kinds, now);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const claimed = await claimDueJobs(database, [...byKind.keys()], now);
    for (const job of claimed) summary[await runClaimedJob(database, job, byKind.get(job.kind)!, now)]++;
    if (claimed.length === 0) break;
  }
  return summary;
}
