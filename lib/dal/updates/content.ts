import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { nzDateOf } from "@/lib/periods/nz-time";
import { addFieldError } from "@/lib/workflow/field-errors";
import { pickContent, type UpdateContent } from "@/lib/workflow/update-content";
import { validateUpdateForm, type UpdateInput, type UpdateIntent } from "@/lib/workflow/update-input";
import { invalidInput } from "./errors";
import { forValidation, type ActionRecord } from "./load";
import type { Tx } from "./tx";

/** The author's fields of an update, and nothing else: the only values a form can reach the row with. */
export type ContentFields = UpdateContent;

export type Content = {
  fields: ContentFields;
  children: Pick<UpdateInput, "evidenceLinks" | "milestoneCompletions" | "milestoneForecasts" | "criterionAssessments">;
};

/**
 * Validates what the author sent for this action, or throws field errors. `version` is the one
 * the caller named (the form's hidden field is not trusted to say it twice).
 */
export function validateContent(
  raw: unknown,
  action: ActionRecord,
  version: number,
  intent: UpdateIntent,
  now: Date,
): Content {
  const source = typeof raw === "object" && raw !== null ? { ...(raw as Record<string, unknown>), version } : raw;
  const result = validateUpdateForm(source, forValidation(action), nzDateOf(now), intent);
  const errors = result.ok ? {} : result.errors;
  // The database refuses an action forecast before its start, which would only surface at publishing.
  const forecast = result.ok ? result.data.forecastDue : null;
  if (forecast && forecast < action.baselineStart) {
    addFieldError(errors, "forecastDue", "The forecast due date cannot be before the action started.");
  }
  if (!result.ok || Object.keys(errors).length > 0) throw invalidInput(errors);
  const d = result.data;
  return {
    fields: pickContent(d),
    children: {
      evidenceLinks: d.evidenceLinks,
      milestoneCompletions: d.milestoneCompletions,
      milestoneForecasts: d.milestoneForecasts,
      criterionAssessments: d.criterionAssessments,
    },
  };
}

/** Replaces the update's evidence, milestone completions and criterion assessments with the new set. */
export async function writeChildren(tx: Tx, updateId: number, children: Content["children"], now: Date) {
  await tx.delete(t.updateEvidence).where(eq(t.updateEvidence.updateId, updateId));
  await tx.delete(t.updateMilestoneCompletions).where(eq(t.updateMilestoneCompletions.updateId, updateId));
  await tx.delete(t.updateCriterionAssessments).where(eq(t.updateCriterionAssessments.updateId, updateId));
  await tx.delete(t.updateMilestoneForecasts).where(eq(t.updateMilestoneForecasts.updateId, updateId));
  if (children.evidenceLinks.length > 0) {
    await tx
      .insert(t.updateEvidence)
      .values(
        children.evidenceLinks.map((e) => ({ updateId, title: e.title, url: e.url, createdAt: now, updatedAt: now })),
      );
  }
  if (children.milestoneCompletions.length > 0) {
    await tx
      .insert(t.updateMilestoneCompletions)
      .values(children.milestoneCompletions.map((m) => ({ updateId, ...m })));
  }
  if (children.milestoneForecasts.length > 0) {
    await tx.insert(t.updateMilestoneForecasts).values(children.milestoneForecasts.map((m) => ({ updateId, ...m })));
  }
  if (children.criterionAssessments.length > 0) {
    await tx
      .insert(t.updateCriterionAssessments)
      .values(children.criterionAssessments.map((c) => ({ updateId, ...c })));
  }
}
