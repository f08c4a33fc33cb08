import "server-only";
import { sql } from "drizzle-orm";
import { visibleAt } from "./visibility";
import { rowsOf } from "@/db/rows";
import { getDb } from "./db";

/** Lower-cases and drops macrons so `whanau` finds `whānau` (and the reverse). */
const fold = (expr: ReturnType<typeof sql>) => sql`translate(lower(${expr}), 'āēīōūĀĒĪŌŪ', 'aeiouaeiou')`;

/**
 * Codes of the actions whose own text, milestones, workstream, recommendations, focus areas or
 * published narratives match the query, best match first. PostgreSQL full-text search with the
 * English stemmer on macron-folded text; runs the same on PGlite.
 */
export async function searchActionCodes(query: string): Promise<string[]> {
  // NFC, so a macron typed as a combining mark folds like a precomposed one.
  const q = query.normalize("NFC").trim().slice(0, 200);
  if (!q) return [];
  const db = await getDb();
  const document = sql`
    coalesce(a.title, '') || ' ' || coalesce(a.title_mi, '') || ' ' || a.description || ' ' || a.code || ' ' ||
    w.title || ' ' || w.description || ' ' ||
    coalesce((select string_agg(m.title, ' ') from milestones m where m.action_id = a.id), '') || ' ' ||
    coalesce((select string_agg(r.title || ' ' || r.description || ' ' || f.title || ' ' || f.description, ' ')
      from recommendations r join focus_areas f on f.id = r.focus_area_id
      where r.id in (select wr.recommendation_id from workstream_recommendations wr where wr.workstream_id = w.id
                     union select ar.recommendation_id from action_recommendations ar where ar.action_id = a.id)), '') || ' ' ||
    coalesce((select string_agg(u.public_narrative, ' ') from progress_updates u
      where u.action_id = a.id and ${visibleAt("u")}), '')`;
  const vector = sql`to_tsvector('english', ${fold(document)})`;
  const tsquery = sql`websearch_to_tsquery('english', ${fold(sql`${q}`)})`;
  const result = await db.execute<{ code: string }>(sql`
    select a.code from actions a join workstreams w on w.id = a.workstream_id
    where ${vector} @@ ${tsquery}
    order by ts_rank(${vector}, ${tsquery}) desc, a.code`);
  return rowsOf<{ code: string }>(result).map((r) => r.code);
}
