import "server-only";
import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { clampPage } from "@/lib/paging/pages";
import { nzLocalToUtc } from "@/lib/periods/nz-time";
import { dayAfter, type AuditFilters } from "@/lib/people/audit-filters";
import { requireAdminRight } from "./admin-access";
import { getDb } from "./db";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV download holds; narrower filters give the rest. */
export const AUDIT_CSV_LIMIT = 20_000;

export type AuditRow = {
  id: number;
  occurredAt: string;
  actor: string;
  entity: string;
  entityId: string;
  event: string;
  before: unknown;
  after: unknown;
  reason: string | null;
};

/** `%` and `_` typed by a person are letters to look for, not wildcards. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(filters: AuditFilters): SQL | undefined {
  return and(
    filters.entity ? eq(t.auditEvents.entity, filters.entity) : undefined,
    filters.actor ? ilike(t.auditEvents.actorLabel, likeText(filters.actor)) : undefined,
    filters.from ? gte(t.auditEvents.occurredAt, nzLocalToUtc(filters.from)) : undefined,
    filters.to ? lt(t.auditEvents.occurredAt, nzLocalToUtc(dayAfter(filters.to))) : undefined,
  );
}

const toRow = (e: t.AuditEvent): AuditRow => ({
  id: e.id,
  occurredAt: e.occurredAt.toISOString(),
  actor: e.actorLabel,
  entity: e.entity,
  entityId: e.entityId,
  event: e.event,
  before: e.before,
  after: e.after,
  reason: e.reason,
});

/** A page of the audit trail, newest first, with the kinds of record it holds: administrators and TEC monitors. */
export async function listAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  page: number,
): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number; entities: string[] }> {
  requireAdminRight(actor, "view_audit");
  const db = await getDb();
  const where = whereOf(filters);
  const [[totals], entities] = await Promise.all([
    db.select({ n: count() }).from(t.auditEvents).where(where),
    db.selectDistinct({ entity: t.auditEvents.entity }).from(t.auditEvents).orderBy(t.auditEvents.entity),
  ]);
  const total = totals?.n ?? 0;
  const shown = clampPage(page, total, AUDIT_PAGE_SIZE);
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(where)
    .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((shown - 1) * AUDIT_PAGE_SIZE);
  return {
    rows: rows.map(toRow),
    total,
    page: shown,
    pageSize: AUDIT_PAGE_SIZE,
    entities: entities.map((e) => e.entity),
  };
}

/** Every matching event, newest first, up to AUDIT_CSV_LIMIT, for the CSV download. */
export async function exportAuditEvents(actor: Actor, filters: AuditFilters): Promise<AuditRow[]> {
  requireAdminRight(actor, "view_audit");
  const db = await getDb();
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(whereOf(filters))
    .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
    .limit(AUDIT_CSV_LIMIT);
  return rows.map(toRow);
}
