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
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ACTION_PLAN_STATES } from "../../lib/status/vocabulary";
import { agencies } from "./agencies";
import { checkOneOf, provenanceChecks, provenanceColumns, timestamps } from "./columns";
import { plans, recommendations, workstreams } from "./plan";

export const actions = pgTable(
  "actions",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** Stable public code: `1.4` is workstream 1, action 4. */
    code: text().notNull(),
    /** The primary workstream: an action is counted once, here, in every roll-up. */
    workstreamId: integer()
      .notNull()
      .references(() => workstreams.id),
    title: text().notNull(),
    titleMi: text(),
    description: text().notNull(),
    leadAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    foundational: boolean().notNull().default(false),
    baselineStart: date({ mode: "string" }).notNull(),
    baselineDue: date({ mode: "string" }).notNull(),
    forecastDue: date({ mode: "string" }),
    /** Active, not proceeding (stopped) or superseded (merged or split) by an approved plan version. */
    planState: text().notNull().default("active"),
    /** The codes of the actions that took this one over, when superseded ("2.3"). */
    supersededBy: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("actions_plan_code_idx").on(t.planId, t.code),
    checkOneOf("actions_plan_state_check", t.planState, ACTION_PLAN_STATES),
    check("actions_superseded_check", sql`(${t.planState} = 'superseded') = (cardinality(${t.supersededBy}) > 0)`),
    index("actions_workstream_idx").on(t.workstreamId),
    index("actions_lead_agency_idx").on(t.leadAgencyId),
    index("actions_foundational_idx").on(t.foundational),
    index("actions_baseline_due_idx").on(t.baselineDue),
    check("actions_code_check", sql`${t.code} ~ '^[1-9][0-9]*\\.[1-9][0-9]*$'`),
    check("actions_baseline_check", sql`${t.baselineDue} >= ${t.baselineStart}`),
    check("actions_forecast_check", sql`${t.forecastDue} is null or ${t.forecastDue} >= ${t.baselineStart}`),
    ...provenanceChecks("actions", t),
  ],
);

export const actionContributors = pgTable(
  "action_contributors",
  {
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.agencyId] }), index("action_contributors_agency_idx").on(t.agencyId)],
);

/** Recommendations an action serves beyond its primary workstream's. */
export const actionRecommendations = pgTable(
  "action_recommendations",
  {
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.recommendationId] }),
    index("action_recommendations_recommendation_idx").on(t.recommendationId),
  ],
);

/** `actionId` cannot start until `predecessorId` has delivered. Cycles are refused in lib/dependencies. */
export const actionDependencies = pgTable(
  "action_dependencies",
  {
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    predecessorId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.predecessorId] }),
    index("action_dependencies_predecessor_idx").on(t.predecessorId),
    check("action_dependencies_not_self_check", sql`${t.actionId} <> ${t.predecessorId}`),
  ],
);

/** Agreed in advance: an action is complete only when each is met, with evidence. */
export const completionCriteria = pgTable(
  "completion_criteria",
  {
    id: serial().primaryKey(),
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    description: text().notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("completion_criteria_action_position_idx").on(t.actionId, t.position),
    check("completion_criteria_position_check", sql`${t.position} between 1 and 3`),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: serial().primaryKey(),
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    titleMi: text(),
    baselineDue: date({ mode: "string" }).notNull(),
    forecastDue: date({ mode: "string" }),
    completedOn: date({ mode: "string" }),
    weight: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("milestones_action_position_idx").on(t.actionId, t.position),
    index("milestones_baseline_due_idx").on(t.baselineDue),
    check("milestones_weight_check", sql`${t.weight} > 0`),
    check("milestones_position_check", sql`${t.position} > 0`),
  ],
);

export type Action = typeof actions.$inferSelect;
export type NewAction = typeof actions.$inferInsert;
export type Milestone = typeof milestones.$inferSelect;
export type CompletionCriterion = typeof completionCriteria.$inferSelect;
