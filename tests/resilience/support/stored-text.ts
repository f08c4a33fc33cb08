/**
 * What the hostile run may not leave in the database: text with control characters (other than
 * tab and line breaks), or text that is not in Unicode's composed form (NFC), which the forms
 * promise to store. Read from a stopped app's embedded database, every text column of every table.
 */
import { PGlite } from "@electric-sql/pglite";

export type StoredTextProblem = { table: string; column: string; rows: number; example: string };

export async function storedTextProblems(pgliteDir: string): Promise<StoredTextProblem[]> {
  const db = await PGlite.create(pgliteDir);
  try {
    const columns = await db.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying')
       order by table_name, column_name`,
    );
    const problems: StoredTextProblem[] = [];
    for (const { table_name: table, column_name: column } of columns.rows) {
      const t = `"${table}"`;
      const c = `"${column}"`;
      const found = await db.query<{ n: number; example: string | null }>(
        `select count(*)::int as n, min(left(${c}, 80)) as example from ${t}
         where ${c} ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]' or ${c} <> normalize(${c}, NFC)`,
      );
      const row = found.rows[0]!;
      if (row.n > 0) problems.push({ table, column, rows: row.n, example: JSON.stringify(row.example) });
    }
    return problems;
  } finally {
    await db.close();
  }
}
