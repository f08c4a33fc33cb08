import { z } from "zod";
import {
  INDICATOR_DIRECTIONS,
  POPULATION_GROUPS,
  type IndicatorDirection,
  type PopulationGroup,
} from "@/lib/status/vocabulary";
import { addFieldError, fieldErrorsFromZod, mergeFieldErrors, type FieldErrors } from "@/lib/workflow/field-errors";
import { calendarDate, formatLimit, recordId } from "@/lib/workflow/update-fields";
import { decimal, optionalDecimal } from "./decimal";

/**
 * What the indicator forms may carry (PRODUCT.md §3), read from FormData: the indicator itself, and
 * one period's readings with their breakdowns. Every problem is reported at once, keyed by the
 * input's name; messages are fixed sentences that never repeat what was typed. Whether a code is
 * free, or an agency, action or period exists, is for the data access layer to check.
 */

export const INDICATOR_LIMITS = {
  code: 20,
  title: 300,
  description: 4000,
  unit: 60,
  dataSource: 500,
  links: 200,
  regionName: 100,
  regions: 30,
  note: 1000,
} as const;

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  increase: "Increase (higher is better)",
  decrease: "Decrease (lower is better)",
  maintain: "Maintain (hold steady)",
};

/** Letters, digits, dots and hyphens, starting with a letter or digit: "I1", "R2", "I1.a". */
export const INDICATOR_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const CODE_MESSAGE = "Enter a code of letters, digits, dots and hyphens, starting with a letter or digit, like I1.";

export type FormSource = Pick<FormData, "get" | "getAll" | "keys">;
export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

function required(max: number, name: string) {
  return z
    .string({ error: `Enter ${name}.` })
    .normalize()
    .trim()
    .min(1, { error: `Enter ${name}.` })
    .max(max, { error: `Keep ${name} to ${formatLimit(max)} characters or fewer.` });
}

function optional(max: number, name: string) {
  return z
    .string({ error: `Enter ${name} as text.` })
    .normalize()
    .trim()
    .max(max, { error: `Keep ${name} to ${formatLimit(max)} characters or fewer.` })
    .optional()
    .transform((v) => (v ? v : null));
}

function idList(message: string, tooMany: string) {
  return z
    .array(recordId(message))
    .max(INDICATOR_LIMITS.links, { error: tooMany })
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b));
}

const indicatorSchema = z.object({
  code: z
    .string({ error: "Enter a code, like I1." })
    .normalize()
    .trim()
    .min(1, { error: "Enter a code, like I1." })
    .max(INDICATOR_LIMITS.code, { error: `Keep the code to ${INDICATOR_LIMITS.code} characters or fewer.` })
    .regex(INDICATOR_CODE, { error: CODE_MESSAGE }),
  title: required(INDICATOR_LIMITS.title, "a title"),
  titleMi: optional(INDICATOR_LIMITS.title, "the te reo Māori title"),
  description: required(INDICATOR_LIMITS.description, "a description of what the indicator measures"),
  unit: required(INDICATOR_LIMITS.unit, "the unit, for example % or people"),
  direction: z.enum(INDICATOR_DIRECTIONS, { error: "Choose which direction is better." }),
  baselineValue: decimal("the baseline value"),
  baselineDate: calendarDate("Enter the baseline date as a date (YYYY-MM-DD)."),
  targetValue: decimal("the target value"),
  targetDate: calendarDate("Enter the target date as a date (YYYY-MM-DD)."),
  dataSource: required(INDICATOR_LIMITS.dataSource, "the data source"),
  ownerAgencyId: recordId("Choose the agency that owns this indicator."),
  actionIds: idList("Choose linked actions from the list.", "Link at most 200 actions."),
  recommendationIds: idList("Choose linked recommendations from the list.", "Link at most 200 recommendations."),
});

export type IndicatorInput = z.infer<typeof indicatorSchema>;

/** A form value, or undefined when the input was not sent (so a default or "missing" message applies). */
function value(form: FormSource, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}

function values(form: FormSource, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
}

export const INDICATOR_FIELDS = [
  "code",
  "title",
  "titleMi",
  "description",
  "unit",
  "direction",
  "baselineValue",
  "baselineDate",
  "targetValue",
  "targetDate",
  "dataSource",
  "ownerAgencyId",
] as const;

export function parseIndicatorForm(form: FormSource): ParseResult<IndicatorInput> {
  const raw: Record<string, unknown> = {
    actionIds: values(form, "actionIds"),
    recommendationIds: values(form, "recommendationIds"),
  };
  for (const name of INDICATOR_FIELDS) raw[name] = value(form, name);
  const result = indicatorSchema.safeParse(raw);
  const errors: FieldErrors = result.success ? {} : fieldErrorsFromZod(result.error);
  // The date rule needs both dates readable; it is reported even when other fields are wrong.
  const baseline = indicatorSchema.shape.baselineDate.safeParse(raw.baselineDate);
  const target = indicatorSchema.shape.targetDate.safeParse(raw.targetDate);
  if (baseline.success && target.success && target.data <= baseline.data) {
    addFieldError(errors, "targetDate", "The target date must be after the baseline date.");
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors: collapseListErrors(errors) };
  return { ok: true, data: result.data };
}

/** "actionIds.3" errors belong to the whole group of boxes, which is what the person sees. */
function collapseListErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const group = key.replace(/^(actionIds|recommendationIds)\.\d+$/, "$1");
    out[group] = mergeFieldErrors({ x: out[group] ?? [] }, { x: messages }).x ?? [];
  }
  return out;
}

// --- Readings --------------------------------------------------------------------------------------

export const REGION_ROWS_MIN = 3;

export type ReadingsInput = {
  periodId: number;
  total: number;
  groups: Partial<Record<PopulationGroup, number>>;
  regions: { name: string; value: number }[];
  note: string | null;
};

const readingsSchema = z.object({
  periodId: recordId("Choose a reporting period."),
  total: decimal("the total"),
  groups: z.object(
    Object.fromEntries(POPULATION_GROUPS.map((g) => [g, optionalDecimal("this group's value")])) as Record<
      PopulationGroup,
      ReturnType<typeof optionalDecimal>
    >,
  ),
  note: optional(INDICATOR_LIMITS.note, "the note"),
});

const regionName = optional(INDICATOR_LIMITS.regionName, "the region name");

/**
 * One period's readings. Population groups left empty are not reported; region rows are
 * "region.N.name" and "region.N.value", and a row left wholly empty is ignored.
 */
export function parseReadingsForm(form: FormSource): ParseResult<ReadingsInput> {
  const result = readingsSchema.safeParse({
    periodId: value(form, "periodId"),
    total: value(form, "total"),
    groups: Object.fromEntries(POPULATION_GROUPS.map((g) => [g, value(form, `group.${g}`)])),
    note: value(form, "note"),
  });
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const [key, messages] of Object.entries(fieldErrorsFromZod(result.error))) {
      errors[key.replace(/^groups\./, "group.")] = messages;
    }
  }

  const regions: { name: string; value: number }[] = [];
  const seen = new Set<string>();
  for (const index of regionIndexes(form)) {
    const nameKey = `region.${index}.name`;
    const valueKey = `region.${index}.value`;
    const name = regionName.safeParse(value(form, nameKey));
    const rawValue = value(form, valueKey) ?? "";
    if (!name.success) {
      for (const issue of name.error.issues) addFieldError(errors, nameKey, issue.message);
      continue;
    }
    if (name.data === null && rawValue.trim() === "") continue;
    if (name.data === null) addFieldError(errors, nameKey, "Enter the region's name, or clear its value.");
    const parsed = decimal("the region's value").safeParse(rawValue);
    if (!parsed.success) for (const issue of parsed.error.issues) addFieldError(errors, valueKey, issue.message);
    if (name.data !== null) {
      const folded = name.data.toLocaleLowerCase("en-NZ");
      if (seen.has(folded)) addFieldError(errors, nameKey, "This region is already listed.");
      seen.add(folded);
      if (parsed.success) regions.push({ name: name.data, value: parsed.data });
    }
  }
  if (regions.length > INDICATOR_LIMITS.regions) {
    addFieldError(errors, "region", `Record at most ${INDICATOR_LIMITS.regions} regions.`);
  }

  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const groups: Partial<Record<PopulationGroup, number>> = {};
  for (const g of POPULATION_GROUPS) {
    const v = result.data.groups[g];
    if (v !== null && v !== undefined) groups[g] = v;
  }
  return {
    ok: true,
    data: { periodId: result.data.periodId, total: result.data.total, groups, regions, note: result.data.note },
  };
}

/** The region rows the form sent, in order; crafted indexes beyond the cap are ignored. */
function regionIndexes(form: FormSource): number[] {
  const indexes = new Set<number>();
  for (const name of form.keys()) {
    const match = /^region\.(\d{1,2})\.(?:name|value)$/.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}
