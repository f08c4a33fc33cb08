import { sql } from "drizzle-orm";
import { check, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkOneOf, timestamps } from "./columns";
import { plans } from "./plan";
import { users } from "./users";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const PLAN_IMPORT_STATES = ["checked", "applied"] as const;
export type PlanImportState = (typeof PLAN_IMPORT_STATES)[number];

/**
 * An uploaded plan spreadsheet, kept from its dry run until it is applied: in the database, not in a
 * server's memory, so the confirmation may reach any server. `preview` is what the dry run found
 * (the diff per sheet and every problem); applying checks the file again against the plan then.
 */
export const planImports = pgTable(
  "plan_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    uploadedById: integer()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    format: text().notNull(),
    byteSize: integer().notNull(),
    content: bytea().notNull(),
    state: text().$type<PlanImportState>().notNull().default("checked"),
    problemCount: integer().notNull(),
    changeCount: integer().notNull(),
    preview: jsonb().notNull(),
    appliedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("plan_imports_plan_idx").on(t.planId),
    index("plan_imports_uploaded_by_idx").on(t.uploadedById),
    checkOneOf("plan_imports_state_check", t.state, PLAN_IMPORT_STATES),
    checkOneOf("plan_imports_format_check", t.format, ["xlsx", "csv", "json"]),
    check("plan_imports_applied_check", sql`(${t.state} = 'applied') = (${t.appliedAt} is not null)`),
  ],
);

export type PlanImport = typeof planImports.$inferSelect;
