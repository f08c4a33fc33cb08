import { z } from "zod";
import { parseCalendarDate } from "@/lib/periods/calendar-date";
import { CONFIDENCES, FINISHED_STAGES, STAGES, type Confidence, type Stage } from "@/lib/status/vocabulary";
import { addFieldError, fieldErrorsFromZod, keyToPath, mergeFieldErrors, type FieldErrors } from "./field-errors";
import { isHttpUrl, normaliseHttpUrl } from "./http-url";

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

export const UPDATE_LIMITS = {
  publicNarrative: 4000,
  internalNotes: 4000,
  risks: 2000,
  nextSteps: 2000,
  explanation: 2000,
  recoveryStep: 2000,
  notProceedingReason: 2000,
  returnReason: 2000,
  evidenceTitle: 200,
  evidenceReference: 300,
  url: 2000,
  evidenceLinks: 20,
  criterionAssessments: 10,
  milestoneCompletions: 50,
} as const;

export type UpdateIntent = "save" | "submit";

const MAX_DB_INT = 2_147_483_647;
const formatLimit = (n: number) => n.toLocaleString("en-NZ");

// --- Field schemas -------------------------------------------------------------------------------

function text(max: number, name: string) {
  return z
    .string({ error: `Enter ${name} as text.` })
    .trim()
    .max(max, { error: `Keep ${name} to ${formatLimit(max)} characters or fewer.` })
    .default("");
}

/** Empty means "not given", stored as null (these columns are nullable). */
function optionalText(max: number, name: string) {
  return text(max, name).transform((v) => (v === "" ? null : v));
}

function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

function calendarDate(message: string) {
  return z.string({ error: message }).trim().refine(isCalendarDate, { error: message });
}

function recordId(message: string) {
  return z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).max(MAX_DB_INT, {
    error: message,
  });
}

const URL_MESSAGE = "Enter a web address that starts with https:// or http://.";

const httpUrl = z
  .string({ error: URL_MESSAGE })
  .trim()
  .max(UPDATE_LIMITS.url, { error: `Keep web addresses to ${formatLimit(UPDATE_LIMITS.url)} characters or fewer.` })
  .refine(isHttpUrl, { error: URL_MESSAGE })
  .transform(normaliseHttpUrl);

const optionalHttpUrl = z
  .union([z.literal(""), httpUrl], { error: URL_MESSAGE })
  .optional()
  .transform((v) => (v ? v : null));

const CHECKED = ["on", "true", "1", "yes"];
/** A checkbox: absent or an "off"-like value is unchecked. */
const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "1", "yes", "", "false", "0", "off", "no"])], {
    error: "Tick the box or leave it empty.",
  })
  .optional()
  .transform((v) => v === true || (typeof v === "string" && CHECKED.includes(v)));

const stage = z.enum(STAGES, { error: "Choose a stage from the list." });

const confidence = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? null : v),
  z.enum(CONFIDENCES, { error: "Choose a delivery confidence from the list." }).nullable(),
);

const FORECAST_MESSAGE = "Enter the forecast due date as a date (YYYY-MM-DD), or leave it empty.";
const forecastDue = z
  .union([z.literal(""), calendarDate(FORECAST_MESSAGE)], { error: FORECAST_MESSAGE })
  .optional()
  .transform((v) => (v ? v : null));

/** Optimistic locking: the version the author started from. 0 or missing means a broken or forged form. */
const version = recordId("This form is out of date or incomplete. Reload the update and try again.");

const evidenceLink = z.object(
  {
    title: z
      .string({ error: "Give the evidence a title." })
      .trim()
      .min(1, { error: "Give the evidence a title." })
      .max(UPDATE_LIMITS.evidenceTitle, {
        error: `Keep evidence titles to ${formatLimit(UPDATE_LIMITS.evidenceTitle)} characters or fewer.`,
      }),
    url: httpUrl,
  },
  { error: "Each evidence link needs a title and a web address." },
);

const CRITERION_EVIDENCE_MESSAGE = "Add a link or a document reference as evidence that this criterion is met.";

const criterionAssessment = z
  .object(
    {
      criterionId: recordId("Choose a completion criterion of this action."),
      met: checkbox,
      evidenceUrl: optionalHttpUrl,
      evidenceReference: optionalText(UPDATE_LIMITS.evidenceReference, "the document reference"),
    },
    { error: "Each criterion needs its identifier and whether it is met." },
  )
  // The database refuses a met criterion without evidence, so even a draft must carry it.
  .superRefine((v, ctx) => {
    if (v.met && !v.evidenceUrl && !v.evidenceReference) {
      ctx.addIssue({ code: "custom", path: ["evidenceUrl"], message: CRITERION_EVIDENCE_MESSAGE });
    }
  });

const milestoneCompletion = z.object(
  {
    milestoneId: recordId("Choose a milestone of this action."),
    completedOn: calendarDate("Enter the date the milestone was completed (YYYY-MM-DD)."),
  },
  { error: "Each completed milestone needs its identifier and completion date." },
);

/** A repeated group: bounded, and each id at most once (they are primary keys in the database). */
function repeated<T extends z.ZodType>(
  item: T,
  max: number,
  idKey: string,
  messages: { type: string; tooMany: string; duplicate: string },
) {
  return z
    .array(item, { error: messages.type })
    .max(max, { error: messages.tooMany })
    .superRefine((items, ctx) => {
      const seen = new Set<unknown>();
      items.forEach((entry, index) => {
        const id = (entry as Record<string, unknown>)[idKey];
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index, idKey], message: messages.duplicate });
        seen.add(id);
      });
    })
    .default([]);
}

const draftShape = {
  stage,
  confidence,
  publicNarrative: text(UPDATE_LIMITS.publicNarrative, "the public narrative"),
  internalNotes: text(UPDATE_LIMITS.internalNotes, "the internal notes"),
  risks: text(UPDATE_LIMITS.risks, "the risks"),
  nextSteps: text(UPDATE_LIMITS.nextSteps, "the next steps"),
  explanation: optionalText(UPDATE_LIMITS.explanation, "the explanation"),
  recoveryStep: optionalText(UPDATE_LIMITS.recoveryStep, "the recovery step"),
  notProceedingReason: optionalText(UPDATE_LIMITS.notProceedingReason, "the reason"),
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
  version,
};

const NARRATIVE_REQUIRED = "Write a public narrative: what has happened since the last update.";

const submitShape = {
  ...draftShape,
  publicNarrative: z
    .string({ error: NARRATIVE_REQUIRED })
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
  if (stage !== undefined && !isFinished(stage) && input.forecastDue && input.forecastDue > action.baselineDue) {
    if (input.explanation === null) addFieldError(errors, "explanation", RULE.explanationRequired);
    if (input.recoveryStep === null) addFieldError(errors, "recoveryStep", RULE.recoveryRequired);
  }
  return errors;
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
