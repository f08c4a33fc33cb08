import { customType, index, integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { actions } from "./actions";

/** PostgreSQL's full-text document type; written and read only in SQL (db/search/search-documents.ts). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Each action's public search text, stored as one full-text document so a search reads an index
 * instead of re-reading every action and narrative. Built and refreshed by
 * db/search/search-documents.ts only; `refreshedAt` is the moment its published narratives were
 * judged visible at.
 */
export const actionSearchDocuments = pgTable(
  "action_search_documents",
  {
    actionId: integer()
      .primaryKey()
      .references(() => actions.id, { onDelete: "cascade" }),
    document: tsvector().notNull(),
    refreshedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Written rarely (a publication), read on every search: no pending list for each search to scan.
  (t) => [index("action_search_documents_document_idx").using("gin", t.document).with({ fastupdate: false })],
);
