import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/** The author saves their draft (or their returned update) without sending it on. */
export function saveDraft(
  actor: Actor,
  updateId: number,
  expectedVersion: number,
  input: unknown,
): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, {
    event: "save_draft",
    auditEvent: "update.edited",
    input: { raw: input, intent: "save" },
  });
}
