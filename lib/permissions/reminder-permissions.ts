import type { Actor, UserActor } from "@/lib/permissions/actor";

/** TEC monitors chase agencies for their updates; nobody else sends a nudge. */
export function canNudgeAgencies(actor: Actor): actor is UserActor {
  return actor.kind === "user" && actor.role === "tec_monitor";
}

/** Reminders go to the people who write and approve updates: agency staff and approvers. */
export function receivesReminders(actor: Actor): boolean {
  return actor.kind === "user" && (actor.role === "agency_staff" || actor.role === "agency_approver");
}
