import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/** An approver of the update's agency (not its author) vouches for it, passing it to TEC. */
export function approveUpdate(actor: Actor, updateId: number, expectedVersion: number): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, { event: "approve", auditEvent: "update.approved" });
}
