import { sql } from "drizzle-orm";
import { bigint, boolean, check, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Which state of the public record the database holds: one row. `instance` is drawn once, when the
 * database is created, so two databases never share it; `revision` goes up in the same transaction as
 * every change the public can see (triggers on the plan, update, period and indicator tables). A
 * cached public read is keyed by both, so it is never served for another database or for an older or
 * newer state of this one, on any server.
 */
export const publicRevision = pgTable(
  "public_revision",
  {
    only: boolean().primaryKey().default(true),
    instance: uuid().notNull().defaultRandom(),
    revision: bigint({ mode: "number" }).notNull().default(1),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("public_revision_one_row", sql`${t.only}`)],
);
