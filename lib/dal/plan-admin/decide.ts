import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/permissions/actor";
import { fieldErrorsFromZod } from "@/lib/workflow/field-errors";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import { currentPlanId } from "../indicators-admin/references";
import { approveDraft, withdrawChange } from "../plan-changes";
import { notFound, WorkflowError } from "../updates/errors";

const APPROVAL = z.object({
  approvingBody: z
    .string()
    .trim()
    .min(1, "Name the body that approved the version.")
    .max(200, "Keep this under 200 characters."),
  approvedOn: z.iso.date("Give the date of approval (for example 2026-03-31)."),
  summary: z.string().trim().max(1000, "Keep the summary under 1,000 characters.").default(""),
});

async function planIdOrMissing() {
  const db = await getDb();
  const planId = await currentPlanId(db);
  if (planId === null) throw notFound("plan");
  return { db, planId };
}

/** Approves the draft version with its approving body and date and publishes it (lib/dal/plan-changes/approve.ts). */
export async function approvePlanVersion(actor: Actor, form: Record<string, unknown>): Promise<{ version: string }> {
  requireAdminRight(actor, "manage_plan");
  const parsed = APPROVAL.safeParse(form);
  if (!parsed.success) {
    throw new WorkflowError(
      "invalid",
      "Some answers need changing: see the messages beside each one.",
      fieldErrorsFromZod(parsed.error),
    );
  }
  const { db, planId } = await planIdOrMissing();
  return db.transaction((tx) => approveDraft(tx, { planId, ...parsed.data, actor }));
}

/** Takes one proposed change out of the draft. */
export async function withdrawProposedChange(actor: Actor, changeId: number): Promise<void> {
  requireAdminRight(actor, "manage_plan");
  const { db, planId } = await planIdOrMissing();
  await db.transaction((tx) => withdrawChange(tx, { planId, changeId, actor }));
}
