import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { rowsOf } from "../rows";
import { visibleAt } from "../visibility";

/**
 * Each action's stored full-text search document (`action_search_documents`): its own text, code,
 * workstream, milestones, recommendations and focus areas, and the public narratives of its
 * updates that are visible at the moment it is built. Built here and only here; search reads it
 * through its GIN index (lib/dal/search.ts).
 *
 * A document changes when an update becomes public: publishing refreshes the action's document in
 * the same transaction, and so does the job that applies a scheduled update once its time has
 * come. The plan's own text is written only by the seed and the fill, which refresh every document.
 */

/** Lower-cases and drops macrons so `whanau` finds `whānau` (and the reverse); queries fold the same. */
export const foldMacrons = (expr: SQL): SQL => sql`translate(lower(${expr}), 'āēīōūĀĒĪŌŪ', 'aeiouaeiou')`;

/** The English stemmer over macron-folded text: the one configuration documents and queries share. */
export const searchQuery = (text: string): SQL => sql`websearch_to_tsquery('english', ${foldMacrons(sql`${text}`)})`;

type Weight = "A" | "B" | "C" | "D";
const part = (text: SQL, weight: Weight): SQL =>
  sql`setweight(to_tsvector('english', ${foldMacrons(text)}), ${sql.raw(`'${weight}'`)})`;

/**
 * The document of action `a` (joined to its workstream `w`), its parts in reading order so words
 * stay next to each other as in the running text; codes and titles weigh most in the ranking,
 * narratives least.
 */
function documentOf(at: Date | undefined): SQL {
  const recommendations = sql`coalesce((select string_agg(r.title || ' ' || r.description || ' ' || f.title || ' ' || f.description, ' ')
      from recommendations r join focus_areas f on f.id = r.focus_area_id
      where r.id in (select wr.recommendation_id from workstream_recommendations wr where wr.workstream_id = w.id
                     union select ar.recommendation_id from action_recommendations ar where ar.action_id = a.id)), '')`;
  const milestones = sql`coalesce((select string_agg(m.title, ' ') from milestones m where m.action_id = a.id), '')`;
  const narratives = sql`coalesce((select string_agg(u.public_narrative, ' ') from progress_updates u
      where u.action_id = a.id and ${visibleAt("u", at)}), '')`;
  return sql.join(
    [
      part(sql`coalesce(a.title, '') || ' ' || coalesce(a.title_mi, '')`, "A"),
      part(sql`a.description`, "C"),
      part(sql`a.code`, "A"),
      part(sql`w.title`, "B"),
      part(sql`w.description`, "C"),
      part(milestones, "B"),
      part(recommendations, "C"),
      part(narratives, "D"),
    ],
    sql` || `,
  );
}

const momentOf = (at: Date | undefined): SQL => (at ? sql`${at.toISOString()}::timestamptz` : sql`now()`);

export type RefreshOptions = {
  /** Only these actions; every action when absent. */
  actionIds?: number[];
  /** The moment narratives are judged visible at: the publishing step's own clock; the database's now when absent. */
  at?: Date;
};

/**
 * Builds or rebuilds the search documents of the given actions (or of all), in the caller's
 * transaction. Refreshes of one action are serialised by an advisory lock, so two transactions
 * publishing for the same action cannot leave the document of the one that committed first.
 */
export async function refreshSearchDocuments(db: Db, { actionIds, at }: RefreshOptions = {}): Promise<number> {
  if (actionIds && actionIds.length === 0) return 0;
  const ids = actionIds ? [...new Set(actionIds)].sort((x, y) => x - y) : null;
  const list = ids
    ? sql.join(
        ids.map((id) => sql`(${id}::int)`),
        sql`, `,
      )
    : null;
  // In ascending order, so two refreshes of overlapping sets cannot deadlock.
  if (list)
    await db.execute(
      sql`select pg_advisory_xact_lock(hashtext('search-document:' || v.id)) from (values ${list}) v(id)`,
    );
  const only = list ? sql`where a.id in (select v.id from (values ${list}) v(id))` : sql``;
  const result = await db.execute<{ action_id: number }>(sql`
    insert into action_search_documents (action_id, document, refreshed_at)
    select a.id, ${documentOf(at)}, ${momentOf(at)}
    from actions a join workstreams w on w.id = a.workstream_id
    ${only}
    on conflict (action_id) do update set document = excluded.document, refreshed_at = excluded.refreshed_at
    returning action_id`);
  return rowsOf(result).length;
}

/**
 * Refreshes the documents that are missing (actions from before search documents were stored) or
 * out of date (an update became public after the document was built, e.g. a scheduled update whose
 * job has not run). Cheap when all are current; run after migrating.
 */
export async function refreshStaleSearchDocuments(db: Db, at?: Date): Promise<number> {
  const result = await db.execute<{ id: number }>(sql`
    select a.id from actions a
    left join action_search_documents d on d.action_id = a.id
    where d.action_id is null or exists (
      select 1 from progress_updates u
      where u.action_id = a.id and ${visibleAt("u", at)} and u.published_at > d.refreshed_at)`);
  const ids = rowsOf<{ id: number }>(result).map((r) => Number(r.id));
  return refreshSearchDocuments(db, { actionIds: ids, at });
}
