import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { forbidden } from "../updates/errors";

/** Reporting periods are run by the TEC monitoring team; everyone else is refused. */
export function requireMonitor(actor: Actor): UserActor {
  if (actor.kind !== "user" || actor.role !== "tec_monitor") {
    throw forbidden("Only the TEC monitoring team can manage reporting periods.");
  }
  return actor;
}

export { lockPeriods } from "@/lib/periods/close-due-periods";

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
