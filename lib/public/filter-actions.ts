/**
 * The filters of the /actions page and GET /api/v1/actions (PRODUCT.md §7): one schema and one
 * pure filter, so the page and the API always agree on what a query means.
 */
import { z } from "zod";
import { CONFIDENCES, STAGES } from "@/lib/status/vocabulary";
import type { PublicAction } from "./types";

/** `stage=not_yet_reported` finds actions with no published update. */
export const STAGE_FILTERS = [...STAGES, "not_yet_reported"] as const;
/** `confidence=stale` finds actions whose latest closed period has no published update. */
export const CONFIDENCE_FILTERS = [...CONFIDENCES, "not_yet_reported", "stale"] as const;

const SLUG = /^[a-z][a-z0-9-]*$/;

// An empty form field (`?stage=`) means "any", as an unselected <select> sends it.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const single = { error: "Give this filter once, as text." };

/** Control characters (a NUL among them, which the database refuses in text) search as a space. */
const CONTROL = /[\u0000-\u001F\u007F]+/g;

const shape = {
  q: optional(
    z
      .string(single)
      .transform((q) => q.replace(CONTROL, " "))
      .pipe(z.string().normalize().trim().max(200, "Search for at most 200 characters.")),
  ),
  workstream: optional(
    z
      .string(single)
      .regex(/^[1-9]\d{0,3}$/, "Give a workstream number, e.g. 3.")
      .transform(Number),
  ),
  agency: optional(z.string(single).regex(SLUG, "Give an agency slug, e.g. tec.")),
  stage: optional(z.enum(STAGE_FILTERS, { error: `Use one of: ${STAGE_FILTERS.join(", ")}.` })),
  confidence: optional(z.enum(CONFIDENCE_FILTERS, { error: `Use one of: ${CONFIDENCE_FILTERS.join(", ")}.` })),
};

/** Ignores parameters it does not know (pages carry others, e.g. `lang`). */
export const actionFiltersSchema = z.object(shape);
/** Refuses parameters it does not know, so a typo in an API call is an error rather than "all". */
export const strictActionFiltersSchema = z.strictObject(shape);

export type ActionFilters = z.output<typeof actionFiltersSchema>;

/**
 * Field errors for a well-formed workstream or agency that the plan does not have. Kept apart from
 * the schema because the schema knows nothing of the data.
 */
export function unknownFilterReferences(
  filters: ActionFilters,
  known: { workstreams: readonly { number: number }[]; agencies: readonly { slug: string }[] },
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (filters.workstream !== undefined && !known.workstreams.some((w) => w.number === filters.workstream)) {
    fields.workstream = [`There is no workstream ${filters.workstream}.`];
  }
  if (filters.agency !== undefined && !known.agencies.some((a) => a.slug === filters.agency)) {
    fields.agency = [`There is no agency "${filters.agency}".`];
  }
  return fields;
}

function matches(action: PublicAction, filters: ActionFilters): boolean {
  const { status } = action;
  if (filters.workstream !== undefined && action.workstream !== filters.workstream) return false;
  if (
    filters.agency !== undefined &&
    action.leadAgency !== filters.agency &&
    !action.contributingAgencies.includes(filters.agency)
  ) {
    return false;
  }
  if (filters.stage === "not_yet_reported") {
    if (status.systemState !== "not_yet_reported") return false;
  } else if (filters.stage !== undefined && status.stage !== filters.stage) return false;
  if (filters.confidence === "not_yet_reported" || filters.confidence === "stale") {
    if (status.systemState !== filters.confidence) return false;
  } else if (filters.confidence !== undefined && status.confidence !== filters.confidence) return false;
  return true;
}

/**
 * The actions that pass every filter. With a search (`q`), `searchCodes` are the matching codes best
 * first (from searchActionCodes) and the result keeps that order; otherwise the input order is kept.
 */
export function filterActions(
  actions: readonly PublicAction[],
  filters: ActionFilters,
  searchCodes?: readonly string[],
): PublicAction[] {
  const kept = actions.filter((a) => matches(a, filters));
  if (!filters.q) return kept;
  if (!searchCodes) throw new Error("filterActions: a search (q) needs the codes that matched it.");
  const rank = new Map(searchCodes.map((code, i) => [code, i]));
  return kept.filter((a) => rank.has(a.code)).sort((x, y) => rank.get(x.code)! - rank.get(y.code)!);
}
