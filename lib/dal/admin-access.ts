import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { canAdmin, type AdminOperation } from "@/lib/permissions/admin-permissions";
import { forbidden } from "./updates/errors";

/**
 * The administration rule (lib/permissions/admin-permissions.ts), enforced: asked first, before
 * anything is looked up, by every data access function behind /admin.
 */
export function requireAdminRight(actor: Actor, operation: AdminOperation): UserActor {
  const decision = canAdmin(actor, operation);
  if (!decision.allowed || actor.kind !== "user") {
    throw forbidden(decision.allowed ? "Sign in to continue." : decision.reason);
  }
  return actor;
}

/** For pages that show a form and nothing else yet: refused as the rule says, before anything renders. */
export async function checkAdminRight(actor: Actor, operation: AdminOperation): Promise<void> {
  requireAdminRight(actor, operation);
}
