import { z } from "zod";
import { CONTENT_FIELDS, type TextField } from "./update-content";
import { FINISHED_STAGES, type Confidence, type Stage } from "@/lib/status/vocabulary";
import { addFieldError, fieldErrorsFromZod, keyToPath, mergeFieldErrors, type FieldErrors } from "./field-errors";
import {
  formatLimit,
  text,
  optionalText,
  stage,
  confidence,
  forecastDue,
  version,
  evidenceLink,
  criterionAssessment,
  milestoneCompletion,
  milestoneForecast,
  repeated,
  UPDATE_LIMITS,
} from "./update-fields";

export { UPDATE_LIMITS };

/**
 * What the progress-update form may carry, and the rules an update must meet (PRODUCT.md §4, §5).
 *
 * Only the author's fields are here: state, agency, author, timestamps, return reason and publish
 * time are set by the workflow, never read from the form, and z.object drops unknown keys, so a
 * crafted field cannot assign them.
 *
 * Two strictnesses: a draft may be incomplete (it is saved so work is not lost) but stays within
 * the same bounds, and within what the database accepts; a submission must be complete. Every
 * message is a fixed sentence: a submitted value is never echoed back.
 */

export type UpdateIntent = "save" | "submit";

const textField = (n: TextField) => text(CONTENT_FIELDS[n].limit, CONTENT_FIELDS[n].called);
const optionalTextField = (n: TextField) => optionalText(CONTENT_FIELDS[n].limit, CONTENT_FIELDS[n].called);

const draftShape = {
  stage,
  confidence,
  publicNarrative: textField("publicNarrative"),
  internalNotes: textField("internalNotes"),
  risks: textField("risks"),
  nextSteps: textField("nextSteps"),
  explanation: optionalTextField("explanation"),
  recoveryStep: optionalTextField("recoveryStep"),
  notProceedingReason: optionalTextField("notProceedingReason"),
  forecastDue,
  evidenceLinks: repeated(evidenceLink, UPDATE_LIMITS.evidenceLinks, "url", {
    type: "Evidence links could not be read. Reload the page and try again.",
    tooMany: `Add at most ${UPDATE_LIMITS.evidenceLinks} evidence links.`,
    duplicate: "This link is already listed.",
  }),
  criterionAssessments: repeated(criterionAssessment, UPDATE_LIMITS.criterionAssessments, "criterionId", {
    type: "Completion criteria could not be read. Reload the page and try again.",
    tooMany: "There are more criteria than this action has.",
    duplicate: "This criterion is assessed twice.",
  }),
  milestoneCompletions: repeated(milestoneCompletion, UPDATE_LIMITS.milestoneCompletions, "milestoneId", {
    type: "Milestones could not be read. Reload the page and try again.",
    tooMany: "There are more milestones than this action has.",
    duplicate: "This milestone is listed twice.",
  }),
  milestoneForecasts: repeated(milestoneForecast, UPDATE_LIMITS.milestoneForecasts, "milestoneId", {
    type: "Milestone forecasts could not be read. Reload the page and try again.",
    tooMany: "There are more milestone forecasts than this action has milestones.",
    duplicate: "This milestone has two forecasts.",
  }),
  version,
};

const NARRATIVE_REQUIRED = "Write a public narrative: what has happened since the last update.";

const submitShape = {
  ...draftShape,
  publicNarrative: z
    .string({ error: NARRATIVE_REQUIRED })
    .normalize()
    .trim()
    .min(1, { error: NARRATIVE_REQUIRED })
    .max(UPDATE_LIMITS.publicNarrative, {
      error: `Keep the public narrative to ${formatLimit(UPDATE_LIMITS.publicNarrative)} characters or fewer.`,
    }),
};

const FORM_MESSAGE = "The form could not be read. Reload the page and try again.";

// --- Rules across fields --------------------------------------------------------------------------

const RULE = {
  confidenceRequired: "Choose a delivery confidence: it is needed until the action is finished.",
  explanationRequired:
    "Explain publicly why delivery is at risk or later than the baseline due date: it is needed for at risk, unachievable or a later forecast.",
  recoveryRequired: "Describe the step being taken to bring delivery back on track.",
  modifiedExplanation: "Explain what changed from what was committed, for a completed – modified action.",
  notProceedingReason: "Give the reason the action is not proceeding.",
  criteriaAllMet: "Mark every completion criterion of this action as met, with evidence, before reporting it complete.",
  criterionMet: "Mark this criterion as met, with evidence, before reporting the action complete.",
  criterionNotOnAction: "This criterion does not belong to this action.",
  milestoneNotOnAction: "This milestone does not belong to this action.",
  milestoneInFuture: "A milestone cannot be completed on a date that has not happened yet.",
  forecastInPast: "The forecast due date has already passed: give the date you now expect the action to finish.",
  forecastRequiredLate:
    "The baseline due date has passed and the action is not finished: give the date you now expect it to finish.",
  milestoneForecastInPast:
    "This milestone's forecast has already passed: tick it as done, or give the date you now expect it.",
  milestoneForecastAfterAction:
    "A milestone cannot be forecast after the action's own forecast due date: move one of the two dates.",
  explanationRequiredLate:
    "Explain publicly why the action is not finished by its baseline due date: it is needed once that date has passed.",
} as const;

const isFinished = (s: Stage) => FINISHED_STAGES.includes(s);
const isCompleteStage = (s: Stage) => s === "complete" || s === "completed_modified";
const needsRecoveryPlan = (c: Confidence | null) => c === "at_risk" || c === "unachievable";

/**
 * Rules that need only the update itself. Fields that failed their own schema are absent from
 * `input`, and each rule skips when it cannot tell, so every error shown is a real one.
 */
function updateRuleErrors(input: Partial<UpdateInput>, intent: UpdateIntent): FieldErrors {
  const errors: FieldErrors = {};
  const { stage } = input;

  // The database refuses a not-proceeding update without a reason, so this applies to drafts too.
  if (stage === "not_proceeding" && input.notProceedingReason === null) {
    addFieldError(errors, "notProceedingReason", RULE.notProceedingReason);
  }
  if (intent === "save") return errors;

  if (stage !== undefined && !isFinished(stage) && input.confidence === null) {
    addFieldError(errors, "confidence", RULE.confidenceRequired);
  }
  if (input.confidence !== undefined && needsRecoveryPlan(input.confidence)) {
    if (input.explanation === null) addFieldError(errors, "explanation", RULE.explanationRequired);
    if (input.recoveryStep === null) addFieldError(errors, "recoveryStep", RULE.recoveryRequired);
  }
  if (stage === "completed_modified" && input.explanation === null) {
    addFieldError(errors, "explanation", RULE.modifiedExplanation);
  }
  return errors;
}

function addRuleIssues(ctx: z.RefinementCtx, errors: FieldErrors): void {
  for (const [key, messages] of Object.entries(errors)) {
    for (const message of messages) ctx.addIssue({ code: "custom", path: keyToPath(key), message });
  }
}

// --- Public schemas -------------------------------------------------------------------------------

/** What may be saved as a draft (or as an edit of a returned update). */
export const draftUpdateSchema = z
  .object(draftShape, { error: FORM_MESSAGE })
  .superRefine((v, ctx) => addRuleIssues(ctx, updateRuleErrors(v, "save")));

/** What may be submitted for approval. The rules that need the action are in validateUpdateAgainstAction. */
export const submitUpdateSchema = z
  .object(submitShape, { error: FORM_MESSAGE })
  .superRefine((v, ctx) => addRuleIssues(ctx, updateRuleErrors(v, "submit")));

export type UpdateInput = z.output<typeof draftUpdateSchema>;

/** A reviewer returning an update: the reason is shown to the author. */
export const returnUpdateSchema = z.object(
  {
    returnReason: z
      .string({ error: "Say what needs to change." })
      .normalize()
      .trim()
      .min(1, { error: "Say what needs to change." })
      .max(UPDATE_LIMITS.returnReason, {
        error: `Keep the reason to ${formatLimit(UPDATE_LIMITS.returnReason)} characters or fewer.`,
      }),
    version,
  },
  { error: FORM_MESSAGE },
);

export type ActionForValidation = {
  /** YYYY-MM-DD */
  baselineDue: string;
  /** The forecast published now (YYYY-MM-DD), when there is one. */
  forecastDue?: string | null;
  criteria: { id: number }[];
  milestones: { id: number }[];
};

/**
 * The rules that need the action (and today's date, in New Zealand, as YYYY-MM-DD), plus the
 * update's own cross-field rules, so one call lists every problem. Accepts a partially valid
 * input: rules whose fields are missing are skipped.
 *
 * Drafts ("save") are still held to what would corrupt the record: criteria and milestones of
 * another action, completion dates in the future, a not-proceeding update without a reason.
 */
export function validateUpdateAgainstAction(
  input: Partial<UpdateInput>,
  action: ActionForValidation,
  today: string,
  intent: UpdateIntent = "submit",
): FieldErrors {
  const errors = updateRuleErrors(input, intent);
  const criterionIds = new Set(action.criteria.map((c) => c.id));
  const milestoneIds = new Set(action.milestones.map((m) => m.id));

  input.criterionAssessments?.forEach((a, i) => {
    if (!criterionIds.has(a.criterionId)) {
      addFieldError(errors, `criterionAssessments.${i}.criterionId`, RULE.criterionNotOnAction);
    }
  });
  input.milestoneForecasts?.forEach((m, i) => {
    if (!milestoneIds.has(m.milestoneId)) {
      addFieldError(errors, `milestoneForecasts.${i}.milestoneId`, RULE.milestoneNotOnAction);
    }
  });
  input.milestoneCompletions?.forEach((m, i) => {
    if (!milestoneIds.has(m.milestoneId)) {
      addFieldError(errors, `milestoneCompletions.${i}.milestoneId`, RULE.milestoneNotOnAction);
    }
    // Both are YYYY-MM-DD, so string order is date order.
    if (m.completedOn > today) addFieldError(errors, `milestoneCompletions.${i}.completedOn`, RULE.milestoneInFuture);
  });

  if (intent === "save") return errors;
  const { stage } = input;

  if (stage !== undefined && isCompleteStage(stage) && input.criterionAssessments !== undefined) {
    const assessments = input.criterionAssessments;
    const unassessed = action.criteria.some((c) => !assessments.some((a) => a.criterionId === c.id));
    if (unassessed) addFieldError(errors, "criterionAssessments", RULE.criteriaAllMet);
    assessments.forEach((a, i) => {
      if (!a.met && criterionIds.has(a.criterionId)) {
        addFieldError(errors, `criterionAssessments.${i}.met`, RULE.criterionMet);
      }
    });
  }

  // A slip matters while the action is still being delivered; a finished one reports its outcome instead.
  if (stage !== undefined && !isFinished(stage)) {
    addPlausibilityErrors(errors, input, action, today);
    addMilestoneForecastErrors(errors, input, action, today);
  }
  return errors;
}

/**
 * Dates an unfinished action's update must make sense with (all YYYY-MM-DD, so string order is
 * date order): a forecast is never in the past; once the baseline due date has passed, a forecast
 * and an explanation are required; a forecast later than the baseline needs an explanation and a
 * recovery step, whatever the confidence.
 */
function addPlausibilityErrors(
  errors: FieldErrors,
  input: Partial<UpdateInput>,
  action: ActionForValidation,
  today: string,
): void {
  const forecast = input.forecastDue;
  const late = action.baselineDue < today;
  if (forecast && forecast < today) addFieldError(errors, "forecastDue", RULE.forecastInPast);
  if (late && forecast === null) addFieldError(errors, "forecastDue", RULE.forecastRequiredLate);
  const slipped = forecast != null && forecast > action.baselineDue;
  // One message per field: the at-risk rule may already have asked for the explanation.
  if (input.explanation === null && (late || slipped) && !errors.explanation) {
    addFieldError(errors, "explanation", late ? RULE.explanationRequiredLate : RULE.explanationRequired);
  }
  if (slipped && input.recoveryStep === null) addFieldError(errors, "recoveryStep", RULE.recoveryRequired);
}

/**
 * Milestone forecasts must agree with the dates around them: not already past (unless the same
 * update reports the milestone done), and not after the action's own due date (the forecast this
 * update gives, else the one published now, else the baseline).
 */
function addMilestoneForecastErrors(
  errors: FieldErrors,
  input: Partial<UpdateInput>,
  action: ActionForValidation,
  today: string,
): void {
  const done = new Set((input.milestoneCompletions ?? []).map((m) => m.milestoneId));
  // The action's due date as this update would leave it (unknown when its own field was refused).
  const actionDue =
    input.forecastDue === undefined ? null : (input.forecastDue ?? action.forecastDue ?? action.baselineDue);
  input.milestoneForecasts?.forEach((m, i) => {
    if (done.has(m.milestoneId)) return;
    const key = `milestoneForecasts.${i}.forecastDue`;
    if (m.forecastDue < today) addFieldError(errors, key, RULE.milestoneForecastInPast);
    else if (actionDue && m.forecastDue > actionDue) addFieldError(errors, key, RULE.milestoneForecastAfterAction);
  });
}

/** Parses each field on its own, keeping those that are valid, so the rules can still run on them. */
function parseValidFields(raw: unknown): Partial<UpdateInput> {
  if (typeof raw !== "object" || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(draftShape)) {
    const parsed = (schema as z.ZodType).safeParse(source[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Partial<UpdateInput>;
}

export type UpdateFormResult = { ok: true; data: UpdateInput } | { ok: false; errors: FieldErrors };

/**
 * Everything the update form needs in one call: the schema for the intent, then the rules against
 * the action, with every error from both (not just the first failing layer).
 */
export function validateUpdateForm(
  raw: unknown,
  action: ActionForValidation,
  today: string,
  intent: UpdateIntent,
): UpdateFormResult {
  const schema = intent === "submit" ? submitUpdateSchema : draftUpdateSchema;
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    const errors = validateUpdateAgainstAction(parsed.data, action, today, intent);
    return Object.keys(errors).length === 0 ? { ok: true, data: parsed.data } : { ok: false, errors };
  }
  const partial = parseValidFields(raw);
  return {
    ok: false,
    errors: mergeFieldErrors(
      fieldErrorsFromZod(parsed.error),
      validateUpdateAgainstAction(partial, action, today, intent),
    ),
  };
}
