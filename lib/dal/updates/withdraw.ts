import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/** The author takes their update back before the agency approves it. Kept, for the audit trail. */
export function withdrawUpdate(actor: Actor, updateId: number, expectedVersion: number): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, { event: "withdraw", auditEvent: "update.withdrawn" });
}
