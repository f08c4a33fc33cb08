import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { successorsAtRisk } from "./dependency-risk";
import { milestoneFlagCondition } from "./milestones";
import type { DashboardScope } from "./scope";
import { overdueActionCodes } from "./summary";

/**
 * The drill-down condition (alias `a`) for a widget's flag: actions with a milestone overdue or
 * slipping, successors held up by a predecessor, or overdue actions. Null for an unknown flag (ignored).
 */
export async function flagCondition(scope: DashboardScope, flag: string | undefined): Promise<SQL | null> {
  if (flag === "milestones-overdue" || flag === "milestones-slipping") return milestoneFlagCondition(scope, flag);
  if (flag === "dependency-risk" || flag === "overdue") {
    const codes = flag === "overdue" ? (await overdueActionCodes(scope)).overdue : await successorsAtRisk(scope);
    if (codes.length === 0) return sql`false`;
    return sql`a.code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`;
  }
  return null;
}
