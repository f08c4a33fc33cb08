/**
 * The filters of the stocktake's initiative lists (the public /stocktake/initiatives and the cells
 * of /stocktake/analysis): one schema and one pure filter, which places an initiative on a region
 * or a population group by the same rules as the coverage matrices, so a cell's number and the list
 * it opens always agree.
 */
import { z } from "zod";
import { POPULATION_WAYS, REGION_WAYS, populationWay, regionWay, type CoverageInitiative } from "./coverage";

const KEY = /^[a-z0-9][a-z0-9_.-]{0,39}$/i;

// An empty form field (`?region=`) means "any", as an unselected <select> sends it.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const single = { error: "Give this filter once, as text." };
const key = (example: string) => optional(z.string(single).regex(KEY, `Give a value from the list, e.g. ${example}.`));

export const initiativeFiltersSchema = z.object({
  q: optional(z.string(single).normalize().trim().max(200, "Search for at most 200 characters.")),
  round: optional(z.string(single).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Give a round from the list.")),
  recommendation: key("1"),
  population: key("refugee"),
  population_way: optional(z.enum(POPULATION_WAYS, { error: `Use one of: ${POPULATION_WAYS.join(", ")}.` })),
  region: key("auckland"),
  region_way: optional(z.enum(REGION_WAYS, { error: `Use one of: ${REGION_WAYS.join(", ")}.` })),
  support: key("training"),
  scale: key("national"),
});

export type InitiativeFilters = z.output<typeof initiativeFiltersSchema>;
export type InitiativeFilterField = keyof InitiativeFilters;
export const INITIATIVE_FILTER_FIELDS = Object.keys(initiativeFiltersSchema.shape) as InitiativeFilterField[];

/** The values each list filter may take (from the stocktake vocabulary and the plan). */
export type KnownFilterValues = {
  rounds: readonly string[];
  recommendations: readonly string[];
  populations: readonly string[];
  regions: readonly string[];
  supports: readonly string[];
  scales: readonly string[];
};

const KNOWN_FIELD: Record<keyof KnownFilterValues, InitiativeFilterField> = {
  rounds: "round",
  recommendations: "recommendation",
  populations: "population",
  regions: "region",
  supports: "support",
  scales: "scale",
};

/** Field errors for well-formed values that are not in the lists; the schema knows nothing of them. */
export function unknownFilterValues(filters: InitiativeFilters, known: KnownFilterValues): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [list, field] of Object.entries(KNOWN_FIELD) as [keyof KnownFilterValues, InitiativeFilterField][]) {
    const value = filters[field];
    if (value !== undefined && !(known[list] as readonly string[]).includes(value)) {
      errors[field] = [`There is no ${field} "${value}".`];
    }
  }
  if (filters.population_way && !filters.population) errors.population_way = ["Choose a population group as well."];
  if (filters.region_way && !filters.region) errors.region_way = ["Choose a region as well."];
  return errors;
}

/** Lower case without diacritics, so "maori" finds "Māori". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export type FilterableInitiative = CoverageInitiative & { organisation: string; name: string; description: string };

export function matchesInitiativeFilters(initiative: FilterableInitiative, filters: InitiativeFilters): boolean {
  if (filters.q) {
    const haystack = foldText(`${initiative.name}\n${initiative.organisation}\n${initiative.description}`);
    if (
      !foldText(filters.q)
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  if (filters.recommendation !== undefined && !initiative.recommendationCodes.includes(filters.recommendation)) {
    return false;
  }
  if (filters.population !== undefined) {
    const way = populationWay(initiative, filters.population);
    if (!way || (filters.population_way && way !== filters.population_way)) return false;
  }
  if (filters.region !== undefined) {
    const way = regionWay(initiative, filters.region);
    if (!way || (filters.region_way && way !== filters.region_way)) return false;
  }
  if (filters.support !== undefined && !initiative.supports.includes(filters.support)) return false;
  if (filters.scale !== undefined && initiative.scale !== filters.scale) return false;
  return true;
}

export function filterInitiatives<T extends FilterableInitiative>(
  initiatives: readonly T[],
  filters: InitiativeFilters,
): T[] {
  return initiatives.filter((i) => matchesInitiativeFilters(i, filters));
}

/**
 * Reads the list's query without ever failing: each parameter that makes no sense is reported and
 * left out, and the rest still filter.
 */
export function readInitiativeQuery(
  raw: Record<string, string | string[] | undefined>,
  known: KnownFilterValues,
): { filters: InitiativeFilters; errors: Partial<Record<InitiativeFilterField, string[]>> } {
  const errors: Partial<Record<InitiativeFilterField, string[]>> = {};
  const input = { ...raw };
  let parsed = initiativeFiltersSchema.safeParse(input);
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      if (!(INITIATIVE_FILTER_FIELDS as string[]).includes(field) || !messages?.length) continue;
      errors[field as InitiativeFilterField] = messages;
      delete input[field];
    }
    parsed = initiativeFiltersSchema.safeParse(input);
  }
  let filters: InitiativeFilters = parsed.success ? parsed.data : {};
  for (const [field, messages] of Object.entries(unknownFilterValues(filters, known))) {
    errors[field as InitiativeFilterField] = messages;
    filters = { ...filters, [field]: undefined };
  }
  return { filters, errors };
}

/** A list address with these filters (empty ones left out), e.g. for a coverage cell. */
export function initiativesHref(base: string, filters: InitiativeFilters): string {
  const query = new URLSearchParams();
  for (const field of INITIATIVE_FILTER_FIELDS) {
    const value = filters[field];
    if (value !== undefined && value !== "") query.set(field, String(value));
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

export function hasInitiativeFilters(filters: InitiativeFilters): boolean {
  return INITIATIVE_FILTER_FIELDS.some((f) => f !== "round" && filters[f] !== undefined);
}
