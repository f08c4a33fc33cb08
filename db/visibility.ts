import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import * as t from "./schema";

/**
 * The one rule for what the public may see of progress updates: published, and not scheduled for a
 * later time. It is written here once and used by every query, typed (`isPublicUpdate`,
 * `publicUpdateAt`) and raw (`visibleAt` for an aliased table in hand-written SQL), so a draft or a
 * scheduled update cannot leak by omission. tests/integration/visibility-rule.test.ts fails if the
 * rule is written anywhere else.
 */

/** A moment the rule is judged at: the database's now, or a given instant. */
type Moment = Date | string | undefined;

const PUBLISHED = sql.raw("'published'"); // a literal, so the partial indexes on published rows apply

function momentSql(at: Moment): SQL {
  if (at === undefined) return sql`now()`;
  return sql`${at instanceof Date ? at.toISOString() : at}::timestamptz`;
}

function rule(state: SQLWrapper, publishedAt: SQLWrapper, at: Moment): SQL {
  return sql`(${state} = ${PUBLISHED} and ${publishedAt} <= ${momentSql(at)})`;
}

/** Public now. */
export const isPublicUpdate: SQL = rule(t.progressUpdates.state, t.progressUpdates.publishedAt, undefined);

/** Public at a given moment (a period's close, a dashboard's "as at"). */
export function publicUpdateAt(at: Moment): SQL {
  return rule(t.progressUpdates.state, t.progressUpdates.publishedAt, at);
}

/** The same rule for `progress_updates` under an alias in hand-written SQL, e.g. visibleAt("pu", now). */
export function visibleAt(alias: string, at?: Moment): SQL {
  const u = sql.identifier(alias);
  return rule(sql`${u}.state`, sql`${u}.published_at`, at);
}

/** Published, whether or not its time has come: counts of what TEC has released, never public reads. */
export function releasedState(alias: string): SQL {
  return sql`${sql.identifier(alias)}.state = ${PUBLISHED}`;
}

/** `releasedState` for the typed query builder. */
export const isReleased: SQL = sql`${t.progressUpdates.state} = ${PUBLISHED}`;

/** The same rule for an update already in memory. */
export function isVisibleAt(u: { state: string; publishedAt: Date | null }, at: Date): boolean {
  return u.state === "published" && u.publishedAt !== null && u.publishedAt <= at;
}
