import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { BREAKDOWN_KINDS, INDICATOR_DIRECTIONS, POPULATION_GROUPS } from "../../lib/status/vocabulary";
import { actions } from "./actions";
import { agencies } from "./agencies";
import { checkOneOf, provenanceChecks, provenanceColumns, timestamps } from "./columns";
import { reportingPeriods } from "./periods";
import { recommendations } from "./plan";

export const indicators = pgTable(
  "indicators",
  {
    id: serial().primaryKey(),
    code: text().notNull(),
    title: text().notNull(),
    titleMi: text(),
    description: text().notNull(),
    unit: text().notNull(),
    direction: text().notNull(),
    baselineValue: numeric({ mode: "number" }).notNull(),
    baselineDate: date({ mode: "string" }).notNull(),
    targetValue: numeric({ mode: "number" }).notNull(),
    targetDate: date({ mode: "string" }).notNull(),
    dataSource: text().notNull(),
    ownerAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    ...provenanceColumns,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("indicators_code_idx").on(t.code),
    index("indicators_owner_agency_idx").on(t.ownerAgencyId),
    checkOneOf("indicators_direction_check", t.direction, INDICATOR_DIRECTIONS),
    check("indicators_dates_check", sql`${t.targetDate} > ${t.baselineDate}`),
    ...provenanceChecks("indicators", t),
  ],
);

export const indicatorActions = pgTable(
  "indicator_actions",
  {
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    actionId: integer()
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.actionId] }), index("indicator_actions_action_idx").on(t.actionId)],
);

export const indicatorRecommendations = pgTable(
  "indicator_recommendations",
  {
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.recommendationId] }),
    index("indicator_recommendations_recommendation_idx").on(t.recommendationId),
  ],
);

/** One value per indicator, period and breakdown; `breakdownValue` is '' for the total. */
export const indicatorReadings = pgTable(
  "indicator_readings",
  {
    id: serial().primaryKey(),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id),
    breakdownKind: text().notNull().default("total"),
    breakdownValue: text().notNull().default(""),
    value: numeric({ mode: "number" }).notNull(),
    note: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("indicator_readings_unique_idx").on(t.indicatorId, t.periodId, t.breakdownKind, t.breakdownValue),
    index("indicator_readings_period_idx").on(t.periodId),
    checkOneOf("indicator_readings_breakdown_kind_check", t.breakdownKind, BREAKDOWN_KINDS),
    check(
      "indicator_readings_breakdown_value_check",
      sql`(${t.breakdownKind} = 'total' and ${t.breakdownValue} = '')
        or (${t.breakdownKind} = 'population_group' and ${t.breakdownValue} in (${sql.raw(POPULATION_GROUPS.map((g) => `'${g}'`).join(", "))}))
        or (${t.breakdownKind} = 'region' and ${t.breakdownValue} <> '')`,
    ),
  ],
);

export type Indicator = typeof indicators.$inferSelect;
export type IndicatorReading = typeof indicatorReadings.$inferSelect;
