import "server-only";
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import { LEASE_MS } from "./retry";

export type ClaimedJob = { id: number; kind: string; key: string; attempts: number };

/**
 * Claims up to `limit` jobs of the given kinds that are due: queued ones whose time has come, and
 * running ones whose claim has lapsed (their runner died). `FOR UPDATE SKIP LOCKED` lets runners on
 * several servers claim at once without waiting on, or taking, each other's rows. A claim counts
 * as an attempt; its `attempts` value fences the work, so a runner whose claim lapsed and was taken
 * over cannot finish the job as well.
 */
export async function claimDueJobs(db: Db, kinds: string[], now: Date, limit = 10): Promise<ClaimedJob[]> {
  if (kinds.length === 0) return [];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: t.jobs.id })
      .from(t.jobs)
      .where(
        and(
          inArray(t.jobs.kind, kinds),
          or(
            and(eq(t.jobs.state, "queued"), lte(t.jobs.runAfter, now)),
            and(eq(t.jobs.state, "running"), lt(t.jobs.lockedUntil, now)),
          ),
        ),
      )
      .orderBy(asc(t.jobs.runAfter), asc(t.jobs.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(t.jobs)
      .set({
        state: "running",
        attempts: sql`${t.jobs.attempts} + 1`,
        lockedUntil: new Date(now.getTime() + LEASE_MS),
        updatedAt: now,
      })
      .where(
        inArray(
          t.jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning({ id: t.jobs.id, kind: t.jobs.kind, key: t.jobs.key, attempts: t.jobs.attempts });
    return claimed.sort((a, b) => due.findIndex((d) => d.id === a.id) - due.findIndex((d) => d.id === b.id));
  });
}
