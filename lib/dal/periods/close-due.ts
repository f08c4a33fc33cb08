import "server-only";
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { freezePeriod } from "@/db/periods/freeze-period";
import * as t from "@/db/schema";
import { recordSystemAudit } from "../audit";
import { PUBLIC_PLAN_TAG } from "../cache-tags";
import { getDb } from "../db";
import { lockPeriods } from "./access";
import { PERIOD_CLOSED_EVENT } from "./close";

/**
 * Closes, oldest first, every open period whose close time has passed, each frozen as published at
 * its own close time and recorded as done by the system. Cheap when nothing is due, so any page
 * may call it on read (as the public plan does with scheduled updates).
 */
export async function closeDuePeriodsNow(
  now = new Date(),
  { revalidate = true }: { revalidate?: boolean } = {},
): Promise<string[]> {
  const db = await getDb();
  const due = await db
    .select({ id: t.reportingPeriods.id })
    .from(t.reportingPeriods)
    .where(and(isNull(t.reportingPeriods.closedAt), lte(t.reportingPeriods.closesAt, now)))
    .orderBy(asc(t.reportingPeriods.startsOn));
  const closed: string[] = [];
  for (const { id } of due) {
    const label = await db.transaction(async (tx) => {
      await lockPeriods(tx);
      const [row] = await tx.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.id, id)).for("update");
      // Someone closed it (or moved its close) while we waited for the lock.
      if (!row || row.closedAt || row.closesAt.getTime() > now.getTime()) return null;
      const frozen = await freezePeriod(tx, id, row.closesAt);
      await recordSystemAudit(tx, {
        label: "system: period close time reached",
        entity: "reporting_period",
        entityId: id,
        event: PERIOD_CLOSED_EVENT,
        before: { label: row.label, closesAt: row.closesAt.toISOString(), closedAt: null },
        after: {
          closedAt: row.closesAt.toISOString(),
          actionSnapshots: frozen.actions,
          indicatorSnapshots: frozen.indicators,
        },
        at: now,
      });
      return row.label;
    });
    if (label) closed.push(label);
  }
  if (closed.length > 0 && revalidate) revalidateTag(PUBLIC_PLAN_TAG, { expire: 0 });
  return closed;
}
