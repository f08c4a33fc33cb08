import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";
import { forbidden } from "../updates/errors";

/** Administrators and TEC monitors export and import the plan; asked before anything is read. */
export function requirePlanSpreadsheet(actor: Actor): UserActor {
  if (actor.kind === "anonymous") throw forbidden("Sign in to export or import the plan.");
  return requireAdminRight(actor, "plan_spreadsheet");
}
