import "server-only";
import { and, asc, inArray, ne, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { IndicatorInput } from "@/lib/indicators/indicator-input";
import { addFieldError, type FieldErrors } from "@/lib/workflow/field-errors";
import { agencyAssignmentError } from "../agency-assignment";
import { isUniqueViolation } from "../unique-violation";
import type { Queryable } from "../updates/tx";

/** The plan whose actions and recommendations indicators link to (the public site shows the first). */
export async function currentPlanId(q: Queryable): Promise<number | null> {
  const [plan] = await q.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  return plan?.id ?? null;
}

const CODE_TAKEN = "Another indicator already has this code. Choose a different one.";

/** Codes are compared without regard to case: "i1" and "I1" would read as the same indicator. */
export async function codeTaken(q: Queryable, code: string, exceptId?: number): Promise<boolean> {
  const same = sql`lower(${t.indicators.code}) = lower(${code})`;
  const [row] = await q
    .select({ id: t.indicators.id })
    .from(t.indicators)
    .where(exceptId === undefined ? same : and(same, ne(t.indicators.id, exceptId)))
    .limit(1);
  return row !== undefined;
}

/**
 * What the input names must exist: a free code, an owner agency that may be assigned (active, or
 * the one the indicator already has), and actions and recommendations of the current plan. Each
 * problem becomes an error on its own field.
 */
export async function checkReferences(
  q: Queryable,
  input: IndicatorInput,
  existing?: { id: number; ownerAgencyId: number },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const planId = await currentPlanId(q);
  const [taken, agency, actions, recs] = await Promise.all([
    codeTaken(q, input.code, existing?.id),
    agencyAssignmentError(q, [input.ownerAgencyId], existing ? [existing.ownerAgencyId] : []),
    input.actionIds.length && planId !== null
      ? q
          .select({ id: t.actions.id })
          .from(t.actions)
          .where(and(inArray(t.actions.id, input.actionIds), sql`${t.actions.planId} = ${planId}`))
      : Promise.resolve([]),
    input.recommendationIds.length && planId !== null
      ? q
          .select({ id: t.recommendations.id })
          .from(t.recommendations)
          .where(
            and(inArray(t.recommendations.id, input.recommendationIds), sql`${t.recommendations.planId} = ${planId}`),
          )
      : Promise.resolve([]),
  ]);
  if (taken) addFieldError(errors, "code", CODE_TAKEN);
  if (agency) addFieldError(errors, "ownerAgencyId", agency);
  if (actions.length !== input.actionIds.length)
    addFieldError(errors, "actionIds", "Choose linked actions from the list.");
  if (recs.length !== input.recommendationIds.length) {
    addFieldError(errors, "recommendationIds", "Choose linked recommendations from the list.");
  }
  return errors;
}

export const CODE_TAKEN_ERRORS: FieldErrors = { code: [CODE_TAKEN] };

/** A concurrent save took the code between our check and our write (the unique index refused it). */
export function isCodeClash(error: unknown): boolean {
  return isUniqueViolation(error, "indicators_code_idx");
}
