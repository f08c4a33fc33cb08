import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";

/** Reporting periods are run by the TEC monitoring team; everyone else is refused. */
export function requireMonitor(actor: Actor): UserActor {
  return requireAdminRight(actor, "manage_periods");
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
