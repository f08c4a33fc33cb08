import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { checkOneOf, timestamps } from "./columns";
import { mailAddresses, mailMessages } from "./mail";
import { progressUpdates } from "./updates";

/** What a subscription follows: the whole plan, one workstream (by number) or one action (by code). */
export const SUBSCRIPTION_SCOPES = ["all", "workstream", "action"] as const;
export type SubscriptionScope = (typeof SUBSCRIPTION_SCOPES)[number];

/**
 * pending: asked for, not yet confirmed from the address; confirmed: receives mail;
 * unsubscribed: stopped (kept, so a later sign-up is confirmed again before anything is sent).
 */
export const SUBSCRIPTION_STATES = ["pending", "confirmed", "unsubscribed"] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/**
 * One address following one thing. `target` is the workstream number or action code, '' for the
 * whole plan, so the unique index makes a second sign-up for the same thing the same subscription.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: serial().primaryKey(),
    addressId: integer()
      .notNull()
      .references(() => mailAddresses.id, { onDelete: "restrict" }),
    scope: text().$type<SubscriptionScope>().notNull(),
    target: text().notNull().default(""),
    state: text().$type<SubscriptionState>().notNull().default("pending"),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("subscriptions_address_scope_target_idx").on(t.addressId, t.scope, t.target),
    index("subscriptions_scope_target_idx").on(t.scope, t.target),
    checkOneOf("subscriptions_scope_check", t.scope, SUBSCRIPTION_SCOPES),
    checkOneOf("subscriptions_state_check", t.state, SUBSCRIPTION_STATES),
    check("subscriptions_all_has_no_target_check", sql`(${t.scope} = 'all') = (${t.target} = '')`),
  ],
);

/**
 * What a person agreed to, each time they asked: what they followed, when, on which page, the exact
 * words the form showed them and in which language. Append-only: a record of consent is never edited.
 */
export const subscriptionConsents = pgTable(
  "subscription_consents",
  {
    id: serial().primaryKey(),
    subscriptionId: integer()
      .notNull()
      .references(() => subscriptions.id, { onDelete: "restrict" }),
    scope: text().$type<SubscriptionScope>().notNull(),
    target: text().notNull(),
    givenAt: timestamp({ withTimezone: true }).notNull(),
    /** The page the form was on, as a path ("/mi/actions/1.4"). */
    pagePath: text().notNull(),
    wording: text().notNull(),
    language: text().notNull(),
  },
  (t) => [
    index("subscription_consents_subscription_id_idx").on(t.subscriptionId),
    checkOneOf("subscription_consents_language_check", t.language, ["en", "mi"]),
  ],
);

/**
 * confirm: confirms one subscription, until it expires; unsubscribe: stops one subscription in one
 * click; unsubscribe_all: stops every subscription of one address in one click (a digest, which
 * gathers them all, carries it); manage: lists and stops every subscription of one address.
 */
export const SUBSCRIPTION_TOKEN_PURPOSES = ["confirm", "unsubscribe", "unsubscribe_all", "manage"] as const;
/** The purposes whose token names an address, not one of its subscriptions. */
export const ADDRESS_TOKEN_PURPOSES = ["unsubscribe_all", "manage"] as const;
export type SubscriptionTokenPurpose = (typeof SUBSCRIPTION_TOKEN_PURPOSES)[number];

/**
 * The secrets in the links Mahere mails. Only their sha256 is stored, so a copy of the database
 * cannot confirm, stop or read anyone's subscriptions. Every message carries tokens of its own.
 */
export const subscriptionTokens = pgTable(
  "subscription_tokens",
  {
    id: serial().primaryKey(),
    tokenHash: text().notNull(),
    purpose: text().$type<SubscriptionTokenPurpose>().notNull(),
    addressId: integer()
      .notNull()
      .references(() => mailAddresses.id, { onDelete: "restrict" }),
    /** The subscription a confirm or unsubscribe token acts on; null for a manage token. */
    subscriptionId: integer().references(() => subscriptions.id, { onDelete: "restrict" }),
    expiresAt: timestamp({ withTimezone: true }),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("subscription_tokens_token_hash_idx").on(t.tokenHash),
    index("subscription_tokens_address_id_idx").on(t.addressId),
    index("subscription_tokens_subscription_id_idx").on(t.subscriptionId),
    checkOneOf("subscription_tokens_purpose_check", t.purpose, SUBSCRIPTION_TOKEN_PURPOSES),
    check(
      "subscription_tokens_subscription_check",
      sql`(${t.purpose} in (${sql.raw(ADDRESS_TOKEN_PURPOSES.map((p) => `'${p}'`).join(", "))})) = (${t.subscriptionId} is null)`,
    ),
  ],
);

/**
 * Which published update went to which address in which digest: written in the transaction that
 * queues the digest, so an update is in at most one digest per address, whatever restarts, how
 * many servers, or how often an operator asks for the digests to go out.
 */
export const digestItems = pgTable(
  "digest_items",
  {
    addressId: integer()
      .notNull()
      .references(() => mailAddresses.id, { onDelete: "restrict" }),
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    /** The digest (a mail message) that carried it. */
    messageId: integer()
      .notNull()
      .references(() => mailMessages.id, { onDelete: "restrict" }),
    /** The New Zealand day of the digest ('YYYY-MM-DD'). */
    day: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.addressId, t.updateId] }),
    index("digest_items_message_id_idx").on(t.messageId),
    index("digest_items_update_id_idx").on(t.updateId),
  ],
);

export type DigestItem = typeof digestItems.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type SubscriptionConsent = typeof subscriptionConsents.$inferSelect;
export type SubscriptionToken = typeof subscriptionTokens.$inferSelect;
