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
import { PLAN_VERSION_STATES } from "../../lib/status/vocabulary";
import { agencies } from "./agencies";
import { checkOneOf, provenanceChecks, provenanceColumns, timestamps } from "./columns";

export const plans = pgTable(
  "plans",
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    title: text().notNull(),
    titleMi: text(),
    strategyTitle: text().notNull(),
    strategyTitleMi: text(),
    approvedOn: date({ mode: "string" }),
    approvedBy: text(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("plans_slug_idx").on(t.slug),
    check("plans_dates_check", sql`${t.endsOn} > ${t.startsOn}`),
    ...provenanceChecks("plans", t),
  ],
);

/**
 * 1.0 is the approved baseline; later versions come from approved change requests. A plan has at
 * most one draft version, which collects change requests; approving it records the approving body
 * and date (effectiveOn) and publishes it. Only published versions are public.
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: text().notNull(),
    state: text().notNull().default("published"),
    /** The date of approval; null while a draft. */
    effectiveOn: date({ mode: "string" }),
    summary: text().notNull(),
    /** The approving body (the Minister of Education, the chief executives...); null while a draft. */
    approvedBy: text(),
    publishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("plan_versions_plan_version_idx").on(t.planId, t.version),
    uniqueIndex("plan_versions_one_draft_idx")
      .on(t.planId)
      .where(sql`${t.state} = 'draft'`),
    check("plan_versions_version_check", sql`${t.version} ~ '^[0-9]+\\.[0-9]+$'`),
    checkOneOf("plan_versions_state_check", t.state, PLAN_VERSION_STATES),
    check(
      "plan_versions_published_approved_check",
      sql`${t.state} <> 'published' or (${t.effectiveOn} is not null and ${t.approvedBy} is not null)`,
    ),
  ],
);

export const focusAreas = pgTable(
  "focus_areas",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    title: text().notNull(),
    titleMi: text(),
    description: text().notNull(),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("focus_areas_plan_number_idx").on(t.planId, t.number),
    check("focus_areas_number_check", sql`${t.number} > 0`),
    ...provenanceChecks("focus_areas", t),
  ],
);

export const recommendations = pgTable(
  "recommendations",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    focusAreaId: integer()
      .notNull()
      .references(() => focusAreas.id),
    number: integer().notNull(),
    title: text().notNull(),
    titleMi: text(),
    description: text().notNull(),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("recommendations_plan_number_idx").on(t.planId, t.number),
    index("recommendations_focus_area_idx").on(t.focusAreaId),
    check("recommendations_number_check", sql`${t.number} > 0`),
    ...provenanceChecks("recommendations", t),
  ],
);

export const workstreams = pgTable(
  "workstreams",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    title: text().notNull(),
    titleMi: text(),
    description: text().notNull(),
    leadAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("workstreams_plan_number_idx").on(t.planId, t.number),
    index("workstreams_lead_agency_idx").on(t.leadAgencyId),
    check("workstreams_number_check", sql`${t.number} > 0`),
    ...provenanceChecks("workstreams", t),
  ],
);

export const workstreamRecommendations = pgTable(
  "workstream_recommendations",
  {
    workstreamId: integer()
      .notNull()
      .references(() => workstreams.id, { onDelete: "cascade" }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.workstreamId, t.recommendationId] }),
    index("workstream_recommendations_recommendation_idx").on(t.recommendationId),
  ],
);

export type Plan = typeof plans.$inferSelect;
export type FocusArea = typeof focusAreas.$inferSelect;
export type Recommendation = typeof recommendations.$inferSelect;
export type Workstream = typeof workstreams.$inferSelect;
