import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { freezePeriod } from "../../db/periods/freeze-period";
import * as t from "../../db/schema";

// Writes to the database, yet not server-only: the demo seed (a plain script) closes periods too.

export const PERIOD_CLOSED_EVENT = "period.closed";

/** One change to the periods at a time: generating, editing and closing queue behind each other. */
export async function lockPeriods(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('reporting-periods'))`);
}

/** The one rule: a period whose close time has come (at or before `now`) is due to close. */
const dueAt = (now: Date) => and(isNull(t.reportingPeriods.closedAt), lte(t.reportingPeriods.closesAt, now));

/** Open periods whose close time has come, oldest first. */
export async function periodsDueToClose(db: Db, now: Date): Promise<{ id: number; closesAt: Date }[]> {
  return db
    .select({ id: t.reportingPeriods.id, closesAt: t.reportingPeriods.closesAt })
    .from(t.reportingPeriods)
    .where(dueAt(now))
    .orderBy(asc(t.reportingPeriods.startsOn));
}

/**
 * Closes the period if it is still open and its close time has come, frozen as published at its
 * own close time (a server that was down at the close still freezes what stood then), and records
 * the close as done by the system. Runs in the caller's transaction; returns the period's label, or
 * null when there was nothing to do (closed already, or its close was moved later), so running it
 * twice closes once.
 */
export async function closePeriodIfDue(tx: Db, periodId: number, now: Date): Promise<string | null> {
  await lockPeriods(tx);
  const [row] = await tx
    .select()
    .from(t.reportingPeriods)
    .where(and(eq(t.reportingPeriods.id, periodId), dueAt(now)))
    .for("update");
  if (!row) return null;
  const frozen = await freezePeriod(tx, periodId, row.closesAt);
  await tx.insert(t.auditEvents).values({
    occurredAt: now,
    actorLabel: "system: period close time reached",
    entity: "reporting_period",
    entityId: String(periodId),
    event: PERIOD_CLOSED_EVENT,
    before: { label: row.label, closesAt: row.closesAt.toISOString(), closedAt: null },
    after: {
      closedAt: row.closesAt.toISOString(),
      actionSnapshots: frozen.actions,
      indicatorSnapshots: frozen.indicators,
    },
  });
  return row.label;
}

/** Closes every period due, oldest first, in the caller's transaction (the seed's way). */
export async function closeDuePeriods(tx: Db, now: Date): Promise<string[]> {
  const closed: string[] = [];
  for (const { id } of await periodsDueToClose(tx, now)) {
    const label = await closePeriodIfDue(tx, id, now);
    if (label) closed.push(label);
  }
  return closed;
}
