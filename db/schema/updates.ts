import { sql } from "drizzle-orm";
import {
  boolean,
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
import { CONFIDENCES, OPEN_UPDATE_STATES, STAGES, UPDATE_STATES } from "../../lib/status/vocabulary";
import { actions, completionCriteria, milestones } from "./actions";
import { agencies } from "./agencies";
import { checkOneOf, timestamps } from "./columns";
import { reportingPeriods } from "./periods";
import { users } from "./users";

export const progressUpdates = pgTable(
  "progress_updates",
  {
    id: serial().primaryKey(),
    actionId: integer()
      .notNull()
      .references(() => actions.id),
    periodId: integer().references(() => reportingPeriods.id),
    /** The agency on whose behalf it was written: public pages name agencies, never staff. */
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    authorId: integer().references(() => users.id),
    state: text().notNull().default("draft"),
    stage: text().notNull(),
    confidence: text(),
    publicNarrative: text().notNull().default(""),
    /** Never public. */
    internalNotes: text().notNull().default(""),
    risks: text().notNull().default(""),
    nextSteps: text().notNull().default(""),
    /** Why the stage, confidence or forecast is what it is (required for at risk, slips, completed – modified). */
    explanation: text(),
    recoveryStep: text(),
    notProceedingReason: text(),
    forecastDue: date({ mode: "string" }),
    /** Optimistic locking: every edit must name the version it was made on. */
    version: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    returnedAt: timestamp({ withTimezone: true }),
    returnReason: text(),
    /** When a TEC monitor scheduled it to appear; it stays invisible until then. */
    publishAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("progress_updates_action_published_idx").on(t.actionId, t.publishedAt),
    // Each action's latest published update is one index probe, however long the history grows.
    index("progress_updates_latest_published_idx")
      .on(t.actionId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.state} = 'published'`),
    // The compliance board: every update of one period, by action.
    index("progress_updates_period_action_idx").on(t.periodId, t.actionId),
    index("progress_updates_period_idx").on(t.periodId),
    // One open update per action per reporting period (an update written outside any period counts as period 0).
    uniqueIndex("progress_updates_one_open_idx")
      .on(t.actionId, sql`coalesce(${t.periodId}, 0)`)
      .where(sql`${t.state} in (${sql.raw(OPEN_UPDATE_STATES.map((s) => `'${s}'`).join(", "))})`),
    index("progress_updates_agency_idx").on(t.agencyId),
    index("progress_updates_author_idx").on(t.authorId),
    index("progress_updates_state_idx").on(t.state),
    index("progress_updates_published_at_idx").on(t.publishedAt),
    checkOneOf("progress_updates_state_check", t.state, UPDATE_STATES),
    checkOneOf("progress_updates_stage_check", t.stage, STAGES),
    check(
      "progress_updates_confidence_check",
      sql`${t.confidence} is null or ${t.confidence} in (${sql.raw(CONFIDENCES.map((c) => `'${c}'`).join(", "))})`,
    ),
    check("progress_updates_version_check", sql`${t.version} > 0`),
    check("progress_updates_published_check", sql`(${t.state} = 'published') = (${t.publishedAt} is not null)`),
    check(
      "progress_updates_not_proceeding_reason_check",
      sql`${t.stage} <> 'not_proceeding' or coalesce(length(trim(${t.notProceedingReason})), 0) > 0`,
    ),
  ],
);

export const updateEvidence = pgTable(
  "update_evidence",
  {
    id: serial().primaryKey(),
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    title: text().notNull(),
    url: text(),
    documentReference: text(),
    ...timestamps,
  },
  (t) => [
    index("update_evidence_update_idx").on(t.updateId),
    check("update_evidence_target_check", sql`${t.url} is not null or ${t.documentReference} is not null`),
    check("update_evidence_url_check", sql`${t.url} is null or ${t.url} ~ '^https?://'`),
  ],
);

export const updateMilestoneCompletions = pgTable(
  "update_milestone_completions",
  {
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    milestoneId: integer()
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    completedOn: date({ mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.milestoneId] }),
    index("update_milestone_completions_milestone_idx").on(t.milestoneId),
  ],
);

/** A milestone's new forecast due date, as the update proposes it; it reaches the plan when published. */
export const updateMilestoneForecasts = pgTable(
  "update_milestone_forecasts",
  {
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    milestoneId: integer()
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    forecastDue: date({ mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.milestoneId] }),
    index("update_milestone_forecasts_milestone_idx").on(t.milestoneId),
  ],
);

/** Whether the update claims a completion criterion met, and the evidence for it. */
export const updateCriterionAssessments = pgTable(
  "update_criterion_assessments",
  {
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    criterionId: integer()
      .notNull()
      .references(() => completionCriteria.id, { onDelete: "cascade" }),
    met: boolean().notNull(),
    evidenceUrl: text(),
    evidenceReference: text(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.criterionId] }),
    index("update_criterion_assessments_criterion_idx").on(t.criterionId),
    check(
      "update_criterion_assessments_evidence_check",
      sql`not ${t.met} or ${t.evidenceUrl} is not null or ${t.evidenceReference} is not null`,
    ),
    check("update_criterion_assessments_url_check", sql`${t.evidenceUrl} is null or ${t.evidenceUrl} ~ '^https?://'`),
  ],
);

export type ProgressUpdate = typeof progressUpdates.$inferSelect;
