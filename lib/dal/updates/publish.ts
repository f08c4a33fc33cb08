import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/**
 * A TEC monitor publishes an approved update now. In the same transaction the action's forecast
 * and the milestones it reports done are written into the plan; then the public pages refresh.
 */
export function publishUpdate(actor: Actor, updateId: number, expectedVersion: number): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, {
    event: "publish",
    auditEvent: "update.published",
    applyToPlan: true,
  });
}
