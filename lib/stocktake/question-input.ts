import { z } from "zod";
import type { QuestionLimits, QuestionOption } from "../../db/schema/stocktake";
import { addFieldError, fieldErrorsFromZod, type FieldErrors } from "@/lib/workflow/field-errors";
import type { QuestionDraft } from "./standard-questions";
import { INITIATIVE_FIELD_KINDS, INITIATIVE_FIELDS, QUESTION_KINDS, type InitiativeField } from "./vocabulary";

/** The question form's fields. Options are one a line, "value | label" or just the label. */
export const QUESTION_FIELDS = [
  "kind",
  "label",
  "labelMi",
  "help",
  "helpMi",
  "required",
  "options",
  "maxLength",
  "min",
  "max",
  "maxChoices",
  "field",
] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];
export type QuestionFormValues = Record<QuestionField, string>;

export const EMPTY_QUESTION_VALUES: QuestionFormValues = {
  kind: "text",
  label: "",
  labelMi: "",
  help: "",
  helpMi: "",
  required: "",
  options: "",
  maxLength: "",
  min: "",
  max: "",
  maxChoices: "",
  field: "",
};

const optional = (max: number) =>
  z
    .string()
    .normalize()
    .trim()
    .max(max, `Keep it to ${max} characters or fewer.`)
    .transform((v) => (v === "" ? null : v));
const wholeNumber = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,6}$/.test(v), "Enter a whole number, or leave it empty.")
  .transform((v) => (v === "" ? undefined : Number(v)));

const schema = z.object({
  kind: z.enum(QUESTION_KINDS, "Choose what the question asks for."),
  label: z
    .string()
    .normalize()
    .trim()
    .min(1, "Enter the question.")
    .max(500, "Keep the question to 500 characters or fewer."),
  labelMi: optional(500),
  help: optional(1000),
  helpMi: optional(1000),
  required: z.string().transform((v) => v === "yes"),
  options: z.string().max(5000, "Keep the options to 5000 characters or fewer."),
  maxLength: wholeNumber,
  min: z.string().trim(),
  max: z.string().trim(),
  maxChoices: wholeNumber,
  field: z
    .string()
    .refine((v) => v === "" || (INITIATIVE_FIELDS as string[]).includes(v), "Choose a part of the initiative.")
    .transform((v) => (v === "" ? null : (v as InitiativeField))),
});

const slug = (label: string) =>
  label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 60);

function parseOptions(raw: string): QuestionOption[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [value, label] = line.includes("|") ? line.split("|", 2).map((s) => s.trim()) : [slug(line), line];
      return { value: value!, label: label! };
    });
}

export function postedQuestionValues(form: Pick<FormData, "get">): QuestionFormValues {
  return Object.fromEntries(
    QUESTION_FIELDS.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]),
  ) as QuestionFormValues;
}

export function questionFormValues(q: QuestionDraft): QuestionFormValues {
  const limit = (v: number | string | undefined) => (v === undefined ? "" : String(v));
  return {
    kind: q.kind,
    label: q.label,
    labelMi: q.labelMi ?? "",
    help: q.help ?? "",
    helpMi: q.helpMi ?? "",
    required: q.required ? "yes" : "",
    options: (q.options ?? []).map((o) => `${o.value} | ${o.label}`).join("\n"),
    maxLength: limit(q.limits?.maxLength),
    min: limit(q.limits?.min),
    max: limit(q.limits?.max),
    maxChoices: limit(q.limits?.maxChoices),
    field: q.field ?? "",
  };
}

/**
 * The question form, read. A question that fills a part of the initiative must ask for that
 * part's kind; choice questions need at least two distinct options; limits must fit the kind.
 */
export function parseQuestionInput(
  values: QuestionFormValues,
): { ok: true; value: QuestionDraft } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromZod(parsed.error) };
  const v = parsed.data;
  const errors: FieldErrors = {};
  const choice = v.kind === "choice" || v.kind === "choices";
  const options = choice ? parseOptions(v.options) : [];
  if (choice) {
    const values = options.map((o) => o.value);
    if (options.length < 2) addFieldError(errors, "options", "Give at least two options, one a line.");
    else if (new Set(values).size !== values.length || values.some((x) => x === ""))
      addFieldError(errors, "options", "Give each option its own value.");
  }
  if (v.field && INITIATIVE_FIELD_KINDS[v.field] !== v.kind) {
    addFieldError(errors, "field", "This part of the initiative needs a question of another kind.");
  }
  const limits: QuestionLimits = {};
  if (v.maxLength !== undefined) {
    if (v.kind !== "text" && v.kind !== "long_text")
      addFieldError(errors, "maxLength", "Only text answers have a length.");
    else if (v.maxLength < 1) addFieldError(errors, "maxLength", "Enter 1 or more.");
    else limits.maxLength = v.maxLength;
  }
  if (v.maxChoices !== undefined) {
    if (!["choices", "region", "support_kind"].includes(v.kind))
      addFieldError(errors, "maxChoices", "Only questions with several choices have a most.");
    else if (v.maxChoices < 1) addFieldError(errors, "maxChoices", "Enter 1 or more.");
    else limits.maxChoices = v.maxChoices;
  }
  for (const key of ["min", "max"] as const) {
    const raw = v[key];
    if (raw === "") continue;
    if (v.kind === "number" && Number.isFinite(Number(raw))) limits[key] = Number(raw);
    else if (v.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(raw)) limits[key] = raw;
    else addFieldError(errors, key, "Only numbers (a number) and dates (as 2027-04-06) have a least and a most.");
  }
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      kind: v.kind,
      label: v.label,
      labelMi: v.labelMi,
      help: v.help,
      helpMi: v.helpMi,
      required: v.required,
      options,
      limits,
      field: v.field,
    },
  };
}
