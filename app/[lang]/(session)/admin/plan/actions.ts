"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import {
  approvePlanVersion,
  planEntityOf,
  proposeItemEdit,
  proposeLifecycle,
  withdrawProposedChange,
} from "@/lib/dal/plan-admin";
import { isWorkflowError } from "@/lib/dal/updates";
import type { PlanItemFormState, SimpleFormState } from "@/lib/forms/form-states";
import { FIELDS } from "@/lib/plan-changes";
import { itemPath } from "@/lib/plan-changes/paths";

/** Keeps the person's answers beside the refusal, so nothing they typed is lost. */
function refused<S extends { attempt: number }>(
  previous: S,
  error: unknown,
  values: S extends { values?: infer V } ? V : never,
): S {
  if (!isWorkflowError(error)) throw error;
  return {
    ...previous,
    status: "error",
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values,
    attempt: previous.attempt + 1,
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** "Add the change to the draft" on a plan item's form (new or existing). */
export const saveItemAction = authorizedAction<PlanItemFormState>(async (actor, form, previous) => {
  const entity = planEntityOf(form.get("entity"));
  if (!entity || entity === "dependency")
    return { ...previous, status: "error", message: "Unknown plan item.", attempt: previous.attempt + 1 };
  const values: Record<string, string | string[]> = { key: text(form, "key"), reason: text(form, "reason") };
  for (const [name, type] of Object.entries(FIELDS[entity])) {
    values[name] = type.type === "refs" ? form.getAll(name).map(String) : text(form, name);
  }
  const isNew = text(form, "isNew") === "yes";
  let target: string;
  try {
    const saved = await proposeItemEdit(actor, {
      entity,
      key: String(values.key),
      isNew,
      values,
      reason: values.reason,
    });
    target = `${itemPath(entity, String(values.key).trim())}?done=${saved.changed ? "proposed" : "unchanged"}`;
  } catch (error) {
    return refused(previous, error, values);
  }
  return redirect(target);
});

const LIFECYCLE = ["stop", "merge", "split", "add"] as const;

/** Stop, merge or split an action; remove a milestone, criterion or dependency; add a dependency. */
export const lifecycleAction = authorizedAction<SimpleFormState>(async (actor, form, previous) => {
  const entity = planEntityOf(form.get("entity"));
  const kind = LIFECYCLE.find((k) => k === form.get("kind"));
  // Several of these forms share a page: each names its fields with its own prefix.
  const prefix = /^[a-z0-9-]+$/.test(text(form, "prefix")) ? `${text(form, "prefix")}.` : "";
  const values = { into: text(form, `${prefix}into`), reason: text(form, `${prefix}reason`) };
  if (!entity || !kind)
    return { ...previous, status: "error", message: "Unknown change.", attempt: previous.attempt + 1 };
  const key =
    entity === "dependency" && kind === "add" ? `${text(form, "action")}:${values.into.trim()}` : text(form, "key");
  try {
    await proposeLifecycle(actor, { entity, key, kind, into: values.into, reason: values.reason });
  } catch (error) {
    return refused(previous, error, values);
  }
  return redirect(`${itemPath("action", text(form, "action") || key)}?done=proposed`);
});

export const withdrawChangeAction = authorizedAction<SimpleFormState>(async (actor, form) => {
  const id = Number(form.get("changeId"));
  await withdrawProposedChange(actor, Number.isSafeInteger(id) ? id : 0);
  return redirect("/admin/plan/draft?done=withdrawn");
});

export const approveVersionAction = authorizedAction<SimpleFormState>(async (actor, form, previous) => {
  const values = {
    approvingBody: text(form, "approvingBody"),
    approvedOn: text(form, "approvedOn"),
    summary: text(form, "summary"),
  };
  try {
    await approvePlanVersion(actor, values);
  } catch (error) {
    return refused(previous, error, values);
  }
  return redirect("/admin/plan?done=approved");
});
