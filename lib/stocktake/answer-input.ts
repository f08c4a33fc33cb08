import { z } from "zod";
import type { QuestionLimits, QuestionOption } from "@/db/schema/stocktake";
import { parseCalendarDate } from "@/lib/periods/calendar-date";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { isAnswered } from "./answers";
import {
  NZ_REGIONS,
  POPULATION_GROUPS,
  POPULATION_REACH,
  SUPPORT_KINDS,
  type InitiativeField,
  type QuestionKind,
} from "./vocabulary";

/** What the form needs of a question to read and check its answer. */
export type InputQuestion = {
  id: number;
  kind: QuestionKind;
  required: boolean;
  options: QuestionOption[];
  limits: QuestionLimits;
  field: InitiativeField | null;
};

/** The plan's recommendation and workstream numbers a plan_link answer may name. */
export type PlanCodes = { recommendations: readonly string[]; workstreams: readonly string[] };

/** The form's names for a question's inputs (one question may post several). */
export const answerName = (id: number) => `q${id}`;
export const populationName = (id: number, group: string) => `q${id}.${group}`;
export const planLinkName = (id: number, list: "recommendations" | "workstreams") => `q${id}.${list}`;

type Posted = { get(name: string): unknown; getAll(name: string): unknown[] };

const DEFAULT_MAX_LENGTH: Partial<Record<QuestionKind, number>> = { text: 300, long_text: 5000 };
const str = (v: unknown) => (typeof v === "string" ? v.normalize().trim() : "");
const strs = (v: unknown[]) => [...new Set(v.map(str).filter((s) => s !== ""))];

/**
 * A question's answer as posted, kept even when it breaks a rule, so a step saved with mistakes
 * still shows what was typed. Ticked values outside the question's list (only a forged post sends
 * them) are dropped, since no box could show or clear them; a number that does not parse stays text.
 */
export function postedAnswer(q: InputQuestion, form: Posted, codes: PlanCodes): unknown {
  const name = answerName(q.id);
  const within = (list: readonly string[], values: unknown[]) => strs(values).filter((v) => list.includes(v));
  switch (q.kind) {
    case "text":
    case "long_text":
    case "choice":
    case "date":
      return str(form.get(name));
    case "number": {
      const raw = str(form.get(name));
      const n = Number(raw.replace(/,/g, ""));
      return raw !== "" && Number.isFinite(n) ? n : raw;
    }
    case "choices":
      return within(
        q.options.map((o) => o.value),
        form.getAll(name),
      );
    case "region":
      return within(NZ_REGIONS, form.getAll(name));
    case "support_kind":
      return within(SUPPORT_KINDS, form.getAll(name));
    case "population_group":
      return POPULATION_GROUPS.flatMap((group) => {
        const reach = str(form.get(populationName(q.id, group)));
        return POPULATION_REACH.some((r) => r === reach) ? [{ group, designed: reach === "designed" }] : [];
      });
    case "plan_link":
      return {
        recommendations: within(codes.recommendations, form.getAll(planLinkName(q.id, "recommendations"))),
        workstreams: within(codes.workstreams, form.getAll(planLinkName(q.id, "workstreams"))),
      };
  }
}

const REQUIRED: Record<QuestionKind, string> = {
  text: "Enter an answer.",
  long_text: "Enter an answer.",
  choice: "Choose one.",
  choices: "Choose at least one.",
  region: "Choose at least one region.",
  population_group: "Choose at least one group, and how the initiative serves it.",
  support_kind: "Choose at least one kind of support.",
  date: "Enter a date.",
  number: "Enter a number.",
  plan_link: "Choose at least one recommendation or workstream.",
};

const DATE_MESSAGE = "Enter a real date, for example 2027-04-06.";

function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

const oneOf = (values: readonly string[], message: string) => z.string().refine((v) => values.includes(v), message);

/** The rule an answer of this question must keep once given (emptiness is checked apart). */
function answerSchema(q: InputQuestion, codes: PlanCodes): z.ZodType {
  const { maxLength, min, max, maxChoices } = q.limits;
  const choiceCount = z
    .array(z.string())
    .refine((v) => maxChoices === undefined || v.length <= maxChoices, `Choose at most ${maxChoices}.`);
  switch (q.kind) {
    case "text":
    case "long_text": {
      const limit = maxLength ?? DEFAULT_MAX_LENGTH[q.kind]!;
      const text = z.string().max(limit, `Keep it to ${limit} characters or fewer.`);
      return q.field === "contact_email" ? text.pipe(z.email("Enter an email address, like name@example.org.")) : text;
    }
    case "choice":
      return oneOf(
        q.options.map((o) => o.value),
        "Choose one of the options.",
      );
    case "choices":
      return choiceCount.pipe(
        z.array(
          oneOf(
            q.options.map((o) => o.value),
            "Choose from the options.",
          ),
        ),
      );
    case "region":
      return choiceCount.pipe(z.array(oneOf(NZ_REGIONS, "Choose from the regions listed.")));
    case "support_kind":
      return choiceCount.pipe(z.array(oneOf(SUPPORT_KINDS, "Choose from the kinds of support listed.")));
    case "population_group":
      return z.array(
        z.object({ group: oneOf(POPULATION_GROUPS, "Choose from the groups listed."), designed: z.boolean() }),
      );
    case "date":
      return z
        .string()
        .refine(isCalendarDate, DATE_MESSAGE)
        .refine((v) => typeof min !== "string" || v >= min, `Enter a date on or after ${String(min)}.`)
        .refine((v) => typeof max !== "string" || v <= max, `Enter a date on or before ${String(max)}.`);
    case "number":
      return z
        .number("Enter a number, for example 120.")
        .refine((v) => typeof min !== "number" || v >= min, `Enter ${String(min)} or more.`)
        .refine((v) => typeof max !== "number" || v <= max, `Enter ${String(max)} or less.`);
    case "plan_link":
      return z.object({
        recommendations: z.array(oneOf(codes.recommendations, "Choose from the recommendations listed.")),
        workstreams: z.array(oneOf(codes.workstreams, "Choose from the workstreams listed.")),
      });
  }
}

/**
 * The problems with the answers to some questions, keyed by each question's form name. With
 * `requireAnswers`, a required question left empty is a problem too (moving on, submitting); a
 * step saved on the way out is only checked for what was given.
 */
export function answerErrors(
  questions: readonly InputQuestion[],
  answers: ReadonlyMap<number, unknown>,
  codes: PlanCodes,
  requireAnswers: boolean,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const q of questions) {
    const value = answers.get(q.id);
    const given =
      value !== undefined && value !== null && (isAnswered(q.kind, value) || (q.kind === "number" && value !== ""));
    if (!given) {
      if (requireAnswers && q.required) errors[answerName(q.id)] = [REQUIRED[q.kind]];
      continue;
    }
    const result = answerSchema(q, codes).safeParse(value);
    if (!result.success) errors[answerName(q.id)] = [...new Set(result.error.issues.map((i) => i.message))];
  }
  return errors;
}

/** The posted answers of a step's questions, with what is wrong with them. */
export function readStepAnswers(
  questions: readonly InputQuestion[],
  form: Posted,
  codes: PlanCodes,
  requireAnswers: boolean,
): { answers: Map<number, unknown>; fieldErrors: FieldErrors } {
  const answers = new Map(questions.map((q) => [q.id, postedAnswer(q, form, codes)] as const));
  return { answers, fieldErrors: answerErrors(questions, answers, codes, requireAnswers) };
}
