import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * Action codes in natural order in SQL ("2.9" before "2.10"), as compareActionCodes orders them in
 * JavaScript: every code is `<workstream>.<number>` (a check constraint on actions.code).
 */
export function actionCodeOrder(alias = "a"): SQL {
  const code = sql.raw(`${alias}.code`);
  return sql`split_part(${code}, '.', 1)::int, split_part(${code}, '.', 2)::int`;
}
