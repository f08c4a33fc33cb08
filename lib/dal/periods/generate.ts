import "server-only";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { nzDateOf } from "@/lib/periods/nz-time";
import { nextQuarterlyPeriod } from "@/lib/periods/period-input";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { lockPeriods, periodAuditView, requireMonitor } from "./access";

export const PERIOD_GENERATED_EVENT = "period.generated";

/**
 * Adds the calendar quarter after the latest period, with the default deadlines (due 14 days
 * after the quarter, grace 7 days more, close 28 days after the quarter, all 17:00 NZ time).
 */
export async function generateNextPeriod(actor: Actor, now = new Date()): Promise<{ id: number; label: string }> {
  const monitor = requireMonitor(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockPeriods(tx);
    const existing = await tx.select({ startsOn: t.reportingPeriods.startsOn }).from(t.reportingPeriods);
    const next = nextQuarterlyPeriod(existing, nzDateOf(now));
    const [row] = await tx
      .insert(t.reportingPeriods)
      .values({
        label: next.label,
        startsOn: next.startsOn,
        endsOn: next.endsOn,
        opensAt: next.opensAt,
        dueAt: next.dueAt,
        graceUntil: next.graceUntil,
        closesAt: next.closesAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: t.reportingPeriods.id });
    await recordAudit(tx, {
      actor: monitor,
      entity: "reporting_period",
      entityId: row!.id,
      event: PERIOD_GENERATED_EVENT,
      after: { ...periodAuditView(next), startsOn: next.startsOn, endsOn: next.endsOn },
      at: now,
    });
    return { id: row!.id, label: next.label };
  });
}
