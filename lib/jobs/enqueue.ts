import "server-only";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import type { Queryable } from "@/lib/dal/updates/tx";
import type { JobKind } from "./kind";

/**
 * Queues each key once: a key already queued, running, done or failed is left as it is. Takes a
 * transaction too, so work can be queued with the change that calls for it.
 */
export async function enqueueJobs(
  db: Queryable,
  kind: string,
  entries: { key: string; runAfter: Date }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insert(t.jobs)
    .values(entries.map((e) => ({ kind, key: e.key, runAfter: e.runAfter })))
    .onConflictDoNothing({ target: [t.jobs.kind, t.jobs.key] });
}

/** Queues the work of every kind that has come due by `now`. Safe for many servers at once. */
export async function enqueueDueJobs(db: Db, kinds: JobKind[], now: Date): Promise<void> {
  for (const kind of kinds) await enqueueJobs(db, kind.kind, await kind.due(db, now));
}
