import { nzDateOf } from "../../lib/periods/nz-time";
import { quarterlyPeriodsBetween } from "../../lib/periods/quarters";
import type { Db } from "../client";
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
