import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  DEFAULT_OVERLAP_THRESHOLD,
  INITIATIVE_FIELDS,
  QUESTION_KINDS,
  RESPONSE_STATUSES,
  ROUND_STATES,
  type InitiativeField,
  type QuestionKind,
  type ResponseStatus,
  type RoundState,
} from "../../lib/stocktake/vocabulary";
import { checkOneOf, timestamps } from "./columns";
import { users } from "./users";

/**
 * A stocktake round (PRODUCT.md §9): one survey, open between two instants (entered and shown in
 * New Zealand time), with its own sections and questions. `slug` is its address (/stocktake/<slug>).
 */
export const stocktakeRounds = pgTable(
  "stocktake_rounds",
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    title: text().notNull(),
    titleMi: text(),
    purpose: text().notNull(),
    audience: text().notNull(),
    introduction: text().notNull(),
    introductionMi: text(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    state: text().$type<RoundState>().notNull().default("draft"),
    /** A coverage cell with this many initiatives or more is an overlap. */
    overlapThreshold: integer().notNull().default(DEFAULT_OVERLAP_THRESHOLD),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("stocktake_rounds_slug_idx").on(t.slug),
    check("stocktake_rounds_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("stocktake_rounds_dates_check", sql`${t.closesAt} > ${t.opensAt}`),
    check("stocktake_rounds_overlap_threshold_check", sql`${t.overlapThreshold} >= 2`),
    checkOneOf("stocktake_rounds_state_check", t.state, ROUND_STATES),
  ],
);

/** One step of the survey: its sections are filled in `position` order, one a page. */
export const stocktakeSections = pgTable(
  "stocktake_sections",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => stocktakeRounds.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    titleMi: text(),
    introduction: text(),
    introductionMi: text(),
  },
  (t) => [
    uniqueIndex("stocktake_sections_round_position_idx").on(t.roundId, t.position),
    check("stocktake_sections_position_check", sql`${t.position} >= 0`),
  ],
);

/** A choice question's options: the stored value and what the respondent reads. */
export type QuestionOption = { value: string; label: string; labelMi?: string };

/**
 * Limits a question's answer must keep: text length, a number's range, how many choices. Dates are
 * limited by `min`/`max` as "YYYY-MM-DD" strings.
 */
export type QuestionLimits = {
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  maxChoices?: number;
};

/**
 * A question of a round. Frozen once the round has a response (lib/dal/stocktake refuses the
 * edit): answers keep meaning what was asked. `field` says which part of an initiative it fills.
 */
export const stocktakeQuestions = pgTable(
  "stocktake_questions",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => stocktakeRounds.id, { onDelete: "cascade" }),
    sectionId: integer()
      .notNull()
      .references(() => stocktakeSections.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text().$type<QuestionKind>().notNull(),
    label: text().notNull(),
    labelMi: text(),
    help: text(),
    helpMi: text(),
    required: boolean().notNull().default(false),
    options: jsonb().$type<QuestionOption[]>().notNull().default([]),
    limits: jsonb().$type<QuestionLimits>().notNull().default({}),
    field: text().$type<InitiativeField>(),
  },
  (t) => [
    uniqueIndex("stocktake_questions_section_position_idx").on(t.sectionId, t.position),
    index("stocktake_questions_round_id_idx").on(t.roundId),
    uniqueIndex("stocktake_questions_round_field_idx")
      .on(t.roundId, t.field)
      .where(sql`${t.field} is not null`),
    checkOneOf("stocktake_questions_kind_check", t.kind, QUESTION_KINDS),
    check(
      "stocktake_questions_field_check",
      sql`${t.field} is null or ${t.field} in (${sql.raw(INITIATIVE_FIELDS.map((f) => `'${f}'`).join(", "))})`,
    ),
    check("stocktake_questions_position_check", sql`${t.position} >= 0`),
  ],
);

/**
 * One respondent's response to a round: no account, only a private resume link whose sha256 is
 * `tokenHash` (lib/security/link-token.ts). `email`, when given, is where the link was mailed; it
 * is never public. A returned response carries TEC's question and, once answered, the answer.
 */
export const stocktakeResponses = pgTable(
  "stocktake_responses",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => stocktakeRounds.id, { onDelete: "restrict" }),
    tokenHash: text().notNull(),
    tokenExpiresAt: timestamp({ withTimezone: true }).notNull(),
    status: text().$type<ResponseStatus>().notNull().default("draft"),
    duplicateOfId: integer().references((): AnyPgColumn => stocktakeResponses.id, { onDelete: "restrict" }),
    reviewQuestion: text(),
    reviewAnswer: text(),
    /** The step (a section's index, or the number of sections for "check and submit") last shown. */
    currentStep: integer().notNull().default(0),
    email: text(),
    language: text().notNull().default("en"),
    submittedAt: timestamp({ withTimezone: true }),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedById: integer().references(() => users.id, { onDelete: "restrict" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("stocktake_responses_token_hash_idx").on(t.tokenHash),
    index("stocktake_responses_round_status_idx").on(t.roundId, t.status),
    index("stocktake_responses_duplicate_of_id_idx").on(t.duplicateOfId),
    index("stocktake_responses_reviewed_by_id_idx").on(t.reviewedById),
    checkOneOf("stocktake_responses_status_check", t.status, RESPONSE_STATUSES),
    checkOneOf("stocktake_responses_language_check", t.language, ["en", "mi"]),
    check(
      "stocktake_responses_duplicate_check",
      sql`(${t.status} = 'duplicate') = (${t.duplicateOfId} is not null) and ${t.duplicateOfId} is distinct from ${t.id}`,
    ),
    check("stocktake_responses_returned_check", sql`${t.status} <> 'returned' or ${t.reviewQuestion} is not null`),
    check("stocktake_responses_current_step_check", sql`${t.currentStep} >= 0`),
  ],
);

/** The answer to one question of one response, shaped by the question's kind (lib/stocktake/answers.ts). */
export const stocktakeAnswers = pgTable(
  "stocktake_answers",
  {
    responseId: integer()
      .notNull()
      .references(() => stocktakeResponses.id, { onDelete: "cascade" }),
    questionId: integer()
      .notNull()
      .references(() => stocktakeQuestions.id, { onDelete: "restrict" }),
    value: jsonb().$type<unknown>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index("stocktake_answers_question_id_idx").on(t.questionId),
  ],
);

export type StocktakeRound = typeof stocktakeRounds.$inferSelect;
export type StocktakeSection = typeof stocktakeSections.$inferSelect;
export type StocktakeQuestion = typeof stocktakeQuestions.$inferSelect;
export type StocktakeResponse = typeof stocktakeResponses.$inferSelect;
export type StocktakeAnswer = typeof stocktakeAnswers.$inferSelect;
