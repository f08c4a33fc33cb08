import { sql } from "drizzle-orm";
import { check, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const agencies = pgTable(
  "agencies",
  {
    id: serial().primaryKey(),
    /** Lower-case acronym used in URLs and demo account names: `tec`, `moe`, `mbie`. */
    slug: text().notNull(),
    acronym: text().notNull(),
    name: text().notNull(),
    nameMi: text(),
    websiteUrl: text(),
    /**
     * When an administrator retired the agency. A retired agency stays for the history that names
     * it (actions, updates, the audit trail) but is no longer offered to new users or actions.
     */
    retiredAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("agencies_slug_idx").on(t.slug),
    uniqueIndex("agencies_acronym_idx").on(sql`lower(${t.acronym})`),
    check("agencies_slug_check", sql`${t.slug} ~ '^[a-z][a-z0-9-]*$'`),
  ],
);

export type Agency = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;
