import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { searchQuery } from "@/db/search/search-documents";
import { rowsOf } from "@/db/rows";
import { getDb } from "./db";

/** The query a search runs, for a query already normalised and capped. */
export function actionSearchSql(q: string): SQL {
  const tsquery = searchQuery(q);
  return sql`
    select a.code from action_search_documents d join actions a on a.id = d.action_id
    where d.document @@ ${tsquery}
    order by ts_rank(d.document, ${tsquery}) desc, a.code`;
}

/**
 * Codes of the actions whose own text, milestones, workstream, recommendations, focus areas or
 * published narratives match the query, best match first (then by code). Reads only the stored
 * search documents (db/search/search-documents.ts) through their GIN index: PostgreSQL full-text
 * search with the English stemmer on macron-folded text; runs the same on PGlite.
 */
export async function searchActionCodes(query: string): Promise<string[]> {
  // NFC, so a macron typed as a combining mark folds like a precomposed one.
  const q = query.normalize("NFC").trim().slice(0, 200);
  if (!q) return [];
  const db = await getDb();
  const result = await db.execute<{ code: string }>(actionSearchSql(q));
  return rowsOf<{ code: string }>(result).map((r) => r.code);
}
