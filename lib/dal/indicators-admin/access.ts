import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";
import { forbidden, notFound } from "../updates/errors";

/**
 * TEC monitors manage indicators (PRODUCT.md §6); admins manage users and agencies, so they are
 * refused here like everyone else. Asked before anything about an indicator is looked up.
 */
export function requireMonitor(actor: Actor): UserActor {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a TEC monitor account to manage indicators.");
  return requireAdminRight(actor, "manage_indicators");
}

export const indicatorNotFound = () => notFound("indicator");
