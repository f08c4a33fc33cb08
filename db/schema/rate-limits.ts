import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Requests counted per key ("subscribe:ip:203.0.113.5") in fixed windows, in the database so every
 * server counts against the same total. A row is one window of one key; old windows are deleted as
 * new ones are counted.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_limit_hits_window_start_idx").on(t.windowStart),
    check("rate_limit_hits_hits_check", sql`${t.hits} >= 0`),
  ],
);
