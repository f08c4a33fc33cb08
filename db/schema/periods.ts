import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { actions } from "./actions";
import { indicators } from "./indicators";
import { timestamps } from "./columns";

export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    id: serial().primaryKey(),
    label: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    graceUntil: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** Set when the period is closed and its snapshot frozen; never cleared. */
    closedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("reporting_periods_label_idx").on(t.label),
    uniqueIndex("reporting_periods_starts_on_idx").on(t.startsOn),
    index("reporting_periods_closed_at_idx").on(t.closedAt),
    check("reporting_periods_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check(
      "reporting_periods_deadlines_check",
      sql`${t.opensAt} <= ${t.dueAt} and ${t.dueAt} <= ${t.graceUntil} and ${t.graceUntil} <= ${t.closesAt}`,
    ),
  ],
);

/** Each action's published position as it stood when the period closed. Written once. */
export const periodSnapshots = pgTable(
  "period_snapshots",
  {
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id),
    actionId: integer()
      .notNull()
      .references(() => actions.id),
    /** Status, progress, milestones and readings as published at close. */
    payload: jsonb().notNull(),
    frozenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.actionId] }), index("period_snapshots_action_idx").on(t.actionId)],
);

/** Each indicator's definition and readings as they stood when the period closed. Written once. */
export const periodIndicatorSnapshots = pgTable(
  "period_indicator_snapshots",
  {
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    payload: jsonb().notNull(),
    frozenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.indicatorId] }),
    index("period_indicator_snapshots_indicator_idx").on(t.indicatorId),
  ],
);

export type ReportingPeriod = typeof reportingPeriods.$inferSelect;
