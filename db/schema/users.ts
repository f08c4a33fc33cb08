import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { ACCOUNT_LINK_KINDS } from "../../lib/people/account-link";
import { ROLES } from "../../lib/status/vocabulary";
import { agencies } from "./agencies";
import { checkOneOf, oneOf, timestamps } from "./columns";

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
    /**
     * The pending one-time link with which the person chooses a password (an invitation, or a reset
     * by an administrator): the SHA-256 of its token, never the token. Cleared when used; replaced
     * when a new link is issued, so only the newest works.
     */
    accountLinkHash: text(),
    accountLinkKind: text(),
    accountLinkExpiresAt: timestamp({ withTimezone: true }),
    /** When the person turned reminder e-mails off (at /my/account); null while they are on. */
    remindersOffAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    index("users_agency_idx").on(t.agencyId),
    index("users_role_idx").on(t.role),
    checkOneOf("users_role_check", t.role, ROLES),
    uniqueIndex("users_account_link_idx").on(t.accountLinkHash),
    check(
      "users_account_link_check",
      sql`(${t.accountLinkHash} is null) = (${t.accountLinkExpiresAt} is null) and (${t.accountLinkHash} is null) = (${t.accountLinkKind} is null)`,
    ),
    check("users_account_link_kind_check", oneOf(t.accountLinkKind, ACCOUNT_LINK_KINDS)),
    check("users_email_lowercase_check", sql`${t.email} = lower(${t.email})`),
    check(
      "users_agency_role_check",
      sql`${t.role} not in ('agency_staff', 'agency_approver') or ${t.agencyId} is not null`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
