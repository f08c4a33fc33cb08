import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/**
 * The author saves the form and sends it for agency approval, as one step: what is approved is
 * exactly what was submitted. A repeat from the same version (a double click) is a no-op.
 */
export function submitUpdate(
  actor: Actor,
  updateId: number,
  expectedVersion: number,
  input: unknown,
): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, {
    event: "submit",
    auditEvent: "update.submitted",
    input: { raw: input, intent: "submit" },
  });
}
