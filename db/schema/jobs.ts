import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { checkOneOf, timestamps } from "./columns";

/** queued: waiting for its time; running: claimed until `lockedUntil`; done; failed: out of attempts. */
export const JOB_STATES = ["queued", "running", "done", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Work the system does on its own (closing a period, applying a scheduled update), one row per
 * occurrence: `kind` and `key` name it ("close-period", "12@2027-05-01T…") and are unique, so the
 * same work is never queued twice however many servers notice it is due.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: serial().primaryKey(),
    kind: text().notNull(),
    key: text().notNull(),
    state: text().$type<JobState>().notNull().default("queued"),
    /** Claims so far, the one running included. */
    attempts: integer().notNull().default(0),
    runAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While running: when the claim lapses and another runner may take the job (its runner died). */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("jobs_kind_key_idx").on(t.kind, t.key),
    index("jobs_state_run_after_idx").on(t.state, t.runAfter),
    checkOneOf("jobs_state_check", t.state, JOB_STATES),
    check("jobs_attempts_check", sql`${t.attempts} >= 0`),
  ],
);

export type Job = typeof jobs.$inferSelect;
