import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import type { ClaimedJob } from "./claim";
import type { JobKind } from "./kind";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry";

/** changed: done, and the public sees something new; done; retry: failed, to be tried again; lost: taken over. */
export type JobOutcome = "changed" | "done" | "retry" | "failed" | "lost";

/**
 * Runs a claimed job: its work and marking it done commit together, so the work is done exactly
 * once even when a runner dies between the two. The job's row is locked first and must still carry
 * this claim's attempt number, so a runner whose claim lapsed while it worked finds it taken over
 * (or done) and does nothing. A failure is recorded and the job waits longer before each new try,
 * up to MAX_ATTEMPTS.
 */
export async function runClaimedJob(db: Db, job: ClaimedJob, kind: JobKind, now: Date): Promise<JobOutcome> {
  const stillMine = and(eq(t.jobs.id, job.id), eq(t.jobs.state, "running"), eq(t.jobs.attempts, job.attempts));
  try {
    return await db.transaction(async (tx) => {
      const [mine] = await tx.select({ id: t.jobs.id }).from(t.jobs).where(stillMine).for("update");
      if (!mine) return "lost";
      const changed = await kind.run(tx, job.key, now);
      await tx
        .update(t.jobs)
        .set({ state: "done", lockedUntil: null, finishedAt: now, updatedAt: now })
        .where(eq(t.jobs.id, job.id));
      return changed ? "changed" : "done";
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = job.attempts >= MAX_ATTEMPTS;
    console.error(
      `Job ${job.kind} ${job.key} failed (attempt ${job.attempts} of ${MAX_ATTEMPTS}${giveUp ? ", giving up" : ""}):`,
      message,
    );
    const [recorded] = await db
      .update(t.jobs)
      .set({
        state: giveUp ? "failed" : "queued",
        lastError: message.slice(0, 2000),
        runAfter: new Date(now.getTime() + retryDelayMs(job.attempts)),
        lockedUntil: null,
        updatedAt: now,
      })
      .where(stillMine)
      .returning({ id: t.jobs.id });
    if (!recorded) return "lost";
    return giveUp ? "failed" : "retry";
  }
}
