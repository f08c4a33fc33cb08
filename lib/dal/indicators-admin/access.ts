import "server-only";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { forbidden, notFound } from "../updates/errors";

const NOT_A_MONITOR = "Only TEC monitors manage indicators.";

/**
 * TEC monitors manage indicators (PRODUCT.md §6); admins manage users and agencies, so they are
 * refused here like everyone else. Asked before anything about an indicator is looked up.
 */
export function requireMonitor(actor: Actor): UserActor {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a TEC monitor account to manage indicators.");
  if (actor.role !== "tec_monitor") throw forbidden(NOT_A_MONITOR);
  return actor;
}

export const indicatorNotFound = () => notFound("indicator");
