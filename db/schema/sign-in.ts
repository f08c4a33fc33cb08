import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-ins per account and per client address. Each failure past the first few doubles the
 * wait before the next attempt is even checked; a success clears the account's row.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  /** "email:<address>" or "ip:<address>". */
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp({ withTimezone: true }),
});
