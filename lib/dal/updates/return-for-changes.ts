import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { fieldErrorsFromZod } from "@/lib/workflow/field-errors";
import { returnUpdateSchema } from "@/lib/workflow/update-input";
import { invalidInput } from "./errors";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/** A reviewer sends the update back to its author, saying what needs to change. */
export function returnForChanges(
  actor: Actor,
  updateId: number,
  expectedVersion: number,
  reason: unknown,
): Promise<MutationResult> {
  const parsed = returnUpdateSchema.safeParse({ returnReason: reason, version: expectedVersion });
  return runStep(actor, updateId, expectedVersion, {
    event: "return",
    auditEvent: "update.returned",
    details: { returnReason: parsed.success ? parsed.data.returnReason : "" },
    reason: parsed.success ? parsed.data.returnReason : undefined,
    // Checked after permission, so a refusal never depends on what the caller typed.
    validate: () => {
      if (!parsed.success) throw invalidInput(fieldErrorsFromZod(parsed.error));
    },
  });
}
