import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { ROLES } from "../../lib/status/vocabulary";
import { agencies } from "./agencies";
import { checkOneOf, timestamps } from "./columns";

export const users = pgTable(
  "users",
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    agencyId: integer().references(() => agencies.id),
    /** argon2id; null for accounts that sign in only through OpenID Connect. */
    passwordHash: text(),
    disabledAt: timestamp({ withTimezone: true }),
    /** Bumped to end every session of this user on their next request. */
    sessionVersion: integer().notNull().default(0),
    lastSignInAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    index("users_agency_idx").on(t.agencyId),
    index("users_role_idx").on(t.role),
    checkOneOf("users_role_check", t.role, ROLES),
    check("users_email_lowercase_check", sql`${t.email} = lower(${t.email})`),
    check(
      "users_agency_role_check",
      sql`${t.role} not in ('agency_staff', 'agency_approver') or ${t.agencyId} is not null`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
