import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { MutationResult } from "./result";
import { runStep } from "./run-step";

/**
 * A TEC monitor schedules an approved update: it is stored as published at `publishAt`, which
 * the public filter keeps hidden until then. Its plan changes wait for a job (apply-scheduled.ts):
 * writing the forecast and milestones now would show them before the update itself.
 */
export function scheduleUpdate(
  actor: Actor,
  updateId: number,
  expectedVersion: number,
  publishAt: Date,
): Promise<MutationResult> {
  return runStep(actor, updateId, expectedVersion, {
    event: "schedule",
    auditEvent: "update.scheduled",
    details: { publishAt },
  });
}
