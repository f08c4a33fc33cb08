import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import { HISTORY_PAGE_SIZE, historyPage } from "@/lib/public/history-page";
import type { PublicUpdate } from "@/lib/public/types";
import { publishedFields } from "@/lib/workflow/update-content";
import { getDb } from "./db";
import { publicContentColumns } from "./updates/content-columns";
import { isPublicUpdate } from "./visibility";

/** Which published updates to read: all, or those since a moment, of one action or one workstream. */
export type PublicUpdateFilter = { since?: Date; actionCode?: string; workstream?: number };

/** A place in the newest-first order: an update's publication time (ISO) and id. */
export type UpdatePosition = { publishedAt: string; id: number };

function conditions(filter: PublicUpdateFilter, after?: UpdatePosition): SQL {
  const pu = t.progressUpdates;
  const parts: (SQL | undefined)[] = [
    isPublicUpdate,
    filter.since ? gte(pu.publishedAt, filter.since) : undefined,
    filter.actionCode !== undefined ? eq(t.actions.code, filter.actionCode) : undefined,
    filter.workstream !== undefined ? eq(t.workstreams.number, filter.workstream) : undefined,
    // The range alone lets the index start at the cursor; the `or` then settles ties at that moment.
    after ? lte(pu.publishedAt, new Date(after.publishedAt)) : undefined,
    after
      ? or(
          lt(pu.publishedAt, new Date(after.publishedAt)),
          and(eq(pu.publishedAt, new Date(after.publishedAt)), lt(pu.id, after.id)),
        )
      : undefined,
  ];
  return and(...parts)!;
}

/**
 * One page of published updates, newest first, read from the database: `limit` of them after
 * `after` (a cursor's position), so a page costs the same however long the history grows.
 */
export async function listPublicUpdates(
  filter: PublicUpdateFilter,
  limit: number,
  after?: UpdatePosition,
  offset = 0,
): Promise<PublicUpdate[]> {
  const db = await getDb();
  const pu = t.progressUpdates;
  const rows = await db
    .select({
      id: pu.id,
      actionCode: t.actions.code,
      period: t.reportingPeriods.label,
      publishedAt: pu.publishedAt,
      agency: t.agencies.slug,
      ...publicContentColumns,
    })
    .from(pu)
    .innerJoin(t.actions, eq(t.actions.id, pu.actionId))
    .innerJoin(t.workstreams, eq(t.workstreams.id, t.actions.workstreamId))
    .innerJoin(t.agencies, eq(t.agencies.id, pu.agencyId))
    .leftJoin(t.reportingPeriods, eq(t.reportingPeriods.id, pu.periodId))
    .where(conditions(filter, after))
    .orderBy(desc(pu.publishedAt), desc(pu.id))
    .limit(limit)
    .offset(offset);
  if (rows.length === 0) return [];
  // The page's own ids: never more than one page (the caller's limit), however long the history.
  const ids = rows.map((r) => r.id);
  const [evidence, completions] = await Promise.all([
    db
      .select({
        updateId: t.updateEvidence.updateId,
        title: t.updateEvidence.title,
        url: t.updateEvidence.url,
        documentReference: t.updateEvidence.documentReference,
      })
      .from(t.updateEvidence)
      .where(inArray(t.updateEvidence.updateId, ids))
      .orderBy(asc(t.updateEvidence.id)),
    db
      .select({ updateId: t.updateMilestoneCompletions.updateId, position: t.milestones.position })
      .from(t.updateMilestoneCompletions)
      .innerJoin(t.milestones, eq(t.milestones.id, t.updateMilestoneCompletions.milestoneId))
      .where(inArray(t.updateMilestoneCompletions.updateId, ids)),
  ]);
  const evidenceOf = byUpdate(evidence);
  const completionsOf = byUpdate(completions);
  return rows.map((r) => ({
    id: r.id,
    actionCode: r.actionCode,
    period: r.period,
    publishedAt: r.publishedAt!.toISOString(),
    agency: r.agency,
    ...publishedFields(r),
    evidence: (evidenceOf.get(r.id) ?? []).map((e) => ({
      title: e.title,
      url: e.url,
      documentReference: e.documentReference,
    })),
    milestonesCompleted: (completionsOf.get(r.id) ?? []).map((c) => c.position).sort((a, b) => a - b),
  }));
}

function byUpdate<T extends { updateId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(row.updateId, [...(map.get(row.updateId) ?? []), row]);
  return map;
}

/**
 * How many published updates match the filter: one counting query, no rows. Joins the actions only
 * when the filter names one, so counting them all is an index-only scan of the published updates.
 */
export async function countPublicUpdates(filter: PublicUpdateFilter): Promise<number> {
  const db = await getDb();
  const pu = t.progressUpdates;
  let query = db.select({ n: count() }).from(pu).$dynamic();
  if (filter.actionCode !== undefined || filter.workstream !== undefined) {
    query = query
      .innerJoin(t.actions, eq(t.actions.id, pu.actionId))
      .innerJoin(t.workstreams, eq(t.workstreams.id, t.actions.workstreamId));
  }
  const [row] = await query.where(conditions(filter));
  return row?.n ?? 0;
}

/** Every published update matching the filter, newest first, read `chunk` at a time (for downloads). */
export async function* eachPublicUpdatePage(
  filter: PublicUpdateFilter,
  chunk = 1000,
): AsyncGenerator<PublicUpdate[], void, undefined> {
  let after: UpdatePosition | undefined;
  for (;;) {
    const page = await listPublicUpdates(filter, chunk, after);
    if (page.length > 0) yield page;
    if (page.length < chunk) return;
    const last = page.at(-1)!;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
}

/** One page of an action's published history (`?history=2`), newest first, and how many there are. */
export async function loadActionHistory(
  actionCode: string,
  pageParam: unknown,
): Promise<{ updates: PublicUpdate[]; total: number; page: number }> {
  const total = await countPublicUpdates({ actionCode });
  const page = historyPage(pageParam, total);
  const updates =
    total === 0
      ? []
      : await listPublicUpdates({ actionCode }, HISTORY_PAGE_SIZE, undefined, (page - 1) * HISTORY_PAGE_SIZE);
  return { updates, total, page };
}
