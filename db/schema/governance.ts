import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { CHANGE_KINDS, CHANGE_REQUEST_STATES, PLAN_ENTITIES } from "../../lib/status/vocabulary";
import { actions } from "./actions";
import { checkOneOf, timestamps } from "./columns";
import { planVersions, plans } from "./plan";
import { users } from "./users";

/**
 * A recorded change to the approved plan: nothing is silently overwritten. One change to one plan
 * item (lib/plan-changes/types.ts: `entity` and its stable `entityKey`, `details.fields` holding each
 * field's value before and after), proposed in the draft version, applied when that version is approved.
 */
export const changeRequests = pgTable(
  "change_requests",
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** The kind of plan item (PLAN_ENTITIES) and its stable key ("1.4", "3", "1.4/M2"...). */
    entity: text().notNull().default("action"),
    entityKey: text(),
    actionId: integer().references(() => actions.id),
    /** The version this change produced, once approved. */
    planVersionId: integer().references(() => planVersions.id),
    state: text().notNull().default("proposed"),
    summary: text().notNull(),
    reason: text().notNull(),
    approvingBody: text(),
    details: jsonb().notNull().default({}),
    requestedById: integer().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("change_requests_plan_idx").on(t.planId),
    index("change_requests_action_idx").on(t.actionId),
    index("change_requests_plan_version_idx").on(t.planVersionId),
    index("change_requests_requested_by_idx").on(t.requestedById),
    index("change_requests_state_idx").on(t.state),
    index("change_requests_entity_idx").on(t.entity, t.entityKey),
    checkOneOf("change_requests_entity_check", t.entity, PLAN_ENTITIES),
    checkOneOf("change_requests_kind_check", t.kind, CHANGE_KINDS),
    checkOneOf("change_requests_state_check", t.state, CHANGE_REQUEST_STATES),
  ],
);

/** Append-only: a migration makes the database refuse UPDATE and DELETE on this table. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer().references(() => users.id),
    /** Who acted, as text, so the trail still reads when a user is disabled ("system: seed"). */
    actorLabel: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    event: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    reason: text(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entity, t.entityId),
    index("audit_events_actor_idx").on(t.actorId),
    index("audit_events_occurred_at_idx").on(t.occurredAt),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type ChangeRequest = typeof changeRequests.$inferSelect;
