import "server-only";
import { z } from "zod";
import { changeFromForm, parseKey, type ItemFormValues, type PlanChange, type PlanEntity } from "@/lib/plan-changes";
import type { Actor } from "@/lib/permissions/actor";
import { PLAN_ENTITIES } from "@/lib/status/vocabulary";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import { currentPlanId } from "../indicators-admin/references";
import { addChangesToDraft, loadDraftedPlan, PlanChangesRefused } from "../plan-changes";
import { notFound, WorkflowError } from "../updates/errors";

const REASON = z
  .string()
  .trim()
  .min(1, "Give the reason for this change.")
  .max(2000, "Keep the reason under 2,000 characters.");

/** A refused change set as form errors: each problem under its field, the rest under the form. */
function refusal(error: PlanChangesRefused): WorkflowError {
  const fieldErrors: FieldErrors = {};
  for (const p of error.problems) {
    const field = p.field === "supersededBy" ? "into" : (p.field ?? "form");
    (fieldErrors[field] ??= []).push(p.message);
  }
  return new WorkflowError(
    "invalid",
    "The change was not added to the draft: see the messages beside each answer.",
    fieldErrors,
  );
}

async function propose(actor: Actor, build: (plan: Awaited<ReturnType<typeof loadDraftedPlan>>) => PlanChange[]) {
  const db = await getDb();
  const planId = await currentPlanId(db);
  if (planId === null) throw notFound("plan");
  try {
    return await db.transaction(async (tx) => {
      const changes = build(await loadDraftedPlan(tx, planId));
      return addChangesToDraft(tx, { planId, changes, actor });
    });
  } catch (error) {
    if (error instanceof PlanChangesRefused) throw refusal(error);
    throw error;
  }
}

export const planEntityOf = (raw: unknown): PlanEntity | null =>
  (PLAN_ENTITIES as readonly string[]).includes(String(raw)) ? (raw as PlanEntity) : null;

/**
 * A monitor's edit of one plan item (or a new one, when `isNew`), proposed as one change request
 * in the draft version: only the fields that differ from the plan as the draft leaves it.
 */
export async function proposeItemEdit(
  actor: Actor,
  input: { entity: PlanEntity; key: string; isNew: boolean; values: ItemFormValues; reason: unknown },
): Promise<{ version: string; changed: boolean }> {
  requireAdminRight(actor, "manage_plan");
  const reason = REASON.safeParse(input.reason);
  const key = input.key.trim();
  const errors: FieldErrors = {};
  if (!reason.success) errors.reason = reason.error.issues.map((i) => i.message);
  if (!parseKey(input.entity, key)) errors.key = ["This is not a key of this kind of item."];
  if (Object.keys(errors).length) throw new WorkflowError("invalid", "Some answers need changing.", errors);
  let changed = true;
  const result = await propose(actor, (plan) => {
    const items = plan.items[input.entity as Exclude<PlanEntity, "dependency">];
    const current = items.get(key) ?? null;
    if (input.isNew && current)
      throw new PlanChangesRefused([{ index: 0, key, field: "key", message: `${key} is already used.` }]);
    if (!input.isNew && !current) throw notFound("plan item");
    const change = changeFromForm(input.entity, key, current, input.values, reason.data!);
    if (!change) {
      changed = false;
      return [];
    }
    return [change];
  });
  return { version: result.version, changed };
}

const CODE = /^[1-9][0-9]*\.[1-9][0-9]*$/;

/**
 * Stop, merge or split an action, or remove a milestone, criterion or dependency, or add a
 * dependency: one change request with its reason.
 */
export async function proposeLifecycle(
  actor: Actor,
  input: { entity: PlanEntity; key: string; kind: "stop" | "merge" | "split" | "add"; into: unknown; reason: unknown },
): Promise<{ version: string }> {
  requireAdminRight(actor, "manage_plan");
  const reason = REASON.safeParse(input.reason);
  const into = String(input.into ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);
  const errors: FieldErrors = {};
  if (!reason.success) errors.reason = reason.error.issues.map((i) => i.message);
  if ((input.kind === "merge" || input.kind === "split") && (into.length === 0 || !into.every((c) => CODE.test(c)))) {
    errors.into = ["Give the action codes, such as 2.3 (for a split, two or more separated by commas)."];
  }
  if (Object.keys(errors).length) throw new WorkflowError("invalid", "Some answers need changing.", errors);
  const fields: PlanChange["fields"] =
    input.kind === "merge" || input.kind === "split" ? { supersededBy: { before: [], after: into.sort() } } : {};
  return propose(actor, () => [
    { kind: input.kind, entity: input.entity, key: input.key, fields, reason: reason.data! },
  ]);
}
