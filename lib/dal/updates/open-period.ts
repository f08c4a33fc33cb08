import "server-only";
import { and, desc, gt, isNull, lte } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Queryable } from "./tx";

export type OpenPeriod = { id: number; label: string; dueAt: Date; closesAt: Date };

/** The reporting period open now: opened, not yet at its close, and not closed early. */
export async function findOpenPeriod(q: Queryable, now: Date): Promise<OpenPeriod | null> {
  const [period] = await q
    .select({
      id: t.reportingPeriods.id,
      label: t.reportingPeriods.label,
      dueAt: t.reportingPeriods.dueAt,
      closesAt: t.reportingPeriods.closesAt,
    })
    .from(t.reportingPeriods)
    .where(
      and(
        lte(t.reportingPeriods.opensAt, now),
        gt(t.reportingPeriods.closesAt, now),
        isNull(t.reportingPeriods.closedAt),
      ),
    )
    .orderBy(desc(t.reportingPeriods.opensAt))
    .limit(1);
  return period ?? null;
}
