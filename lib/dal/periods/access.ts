import "server-only";
import { sql } from "drizzle-orm";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { forbidden } from "../updates/errors";
import type { Tx } from "../updates/tx";

/** Reporting periods are run by the TEC monitoring team; everyone else is refused. */
export function requireMonitor(actor: Actor): UserActor {
  if (actor.kind !== "user" || actor.role !== "tec_monitor") {
    throw forbidden("Only the TEC monitoring team can manage reporting periods.");
  }
  return actor;
}

/** One change to the periods at a time: generating, editing and closing queue behind each other. */
export async function lockPeriods(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('reporting-periods'))`);
}

/** What the audit trail records about a period's deadlines. */
export function periodAuditView(p: { label: string; opensAt: Date; dueAt: Date; graceUntil: Date; closesAt: Date }) {
  return {
    label: p.label,
    opensAt: p.opensAt.toISOString(),
    dueAt: p.dueAt.toISOString(),
    graceUntil: p.graceUntil.toISOString(),
    closesAt: p.closesAt.toISOString(),
  };
}
