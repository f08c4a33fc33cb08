import { and, asc, isNull, lt } from "drizzle-orm";
import { nzDateOf } from "../../lib/periods/nz-time";
import { quarterlyPeriodsBetween } from "../../lib/periods/quarters";
import type { Db } from "../client";
import { freezePeriod } from "../periods/freeze-period";
import { reportingPeriods } from "../schema";

/** The first reporting quarter of the plan (it started in October 2023). */
export const FIRST_QUARTER = { year: 2023, quarter: 4 } as const;

/**
 * Adds every quarterly period from the plan's first quarter up to the quarter containing `now`
 * that is missing. Adds nothing twice, so a demo always has an open period however long after
 * seeding it is started.
 */
export async function ensureQuarterlyPeriods(db: Db, now: Date): Promise<{ added: number }> {
  const today = nzDateOf(now);
  const rows = quarterlyPeriodsBetween(FIRST_QUARTER, today).map((p) => ({
    label: p.label,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    opensAt: p.opensAt,
    dueAt: p.dueAt,
    graceUntil: p.graceUntil,
    closesAt: p.closesAt,
  }));
  const added = await db
    .insert(reportingPeriods)
    .values(rows)
    .onConflictDoNothing({ target: reportingPeriods.label })
    .returning({ id: reportingPeriods.id });
  return { added: added.length };
}

/**
 * Closes, oldest first, every open period whose close time has passed, each frozen as published at
 * its own close time (so a demo started long after seeding still gets honest snapshots).
 */
export async function closeDuePeriods(db: Db, now: Date): Promise<{ closed: number }> {
  const due = await db
    .select({ id: reportingPeriods.id, closesAt: reportingPeriods.closesAt })
    .from(reportingPeriods)
    .where(and(isNull(reportingPeriods.closedAt), lt(reportingPeriods.closesAt, now)))
    .orderBy(asc(reportingPeriods.startsOn));
  for (const p of due) await freezePeriod(db, p.id, p.closesAt);
  return { closed: due.length };
}
