/**
 * Reads the /actions query parameters without ever failing: each parameter that does not make sense
 * is reported with a message and left out, and the rest still filter.
 */
import { z } from "zod";
import { actionFiltersSchema, unknownFilterReferences, type ActionFilters } from "./filter-actions";

export type ActionQuery = {
  filters: ActionFilters;
  errors: Partial<Record<keyof ActionFilters, string[]>>;
};

type Raw = Record<string, string | string[] | undefined>;
type Known = Parameters<typeof unknownFilterReferences>[1];

const FIELDS = ["q", "workstream", "agency", "stage", "confidence"] as const satisfies readonly (keyof ActionFilters)[];

function isField(key: string): key is keyof ActionFilters {
  return (FIELDS as readonly string[]).includes(key);
}

export function readActionQuery(raw: Raw, known: Known): ActionQuery {
  const errors: ActionQuery["errors"] = {};
  let input: Raw = raw;
  const first = actionFiltersSchema.safeParse(input);
  let filters: ActionFilters = {};
  if (first.success) {
    filters = first.data;
  } else {
    const { fieldErrors } = z.flattenError(first.error);
    input = { ...raw };
    for (const [key, messages] of Object.entries(fieldErrors)) {
      if (!isField(key) || !messages?.length) continue;
      errors[key] = messages;
      delete input[key];
    }
    const second = actionFiltersSchema.safeParse(input);
    filters = second.success ? second.data : {};
  }
  for (const [key, messages] of Object.entries(unknownFilterReferences(filters, known))) {
    if (!isField(key)) continue;
    errors[key] = messages;
    filters = { ...filters, [key]: undefined };
  }
  return { filters, errors };
}

/** True when any filter is in use, so the page can offer to clear them. */
export function hasFilters(filters: ActionFilters): boolean {
  return FIELDS.some((f) => filters[f] !== undefined && filters[f] !== "");
}

/** The address of page `page` of the actions list, keeping the filters asked for (page 1 has no number). */
export function actionsPageHref(raw: Raw, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "page" && typeof value === "string" && value !== "") query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/actions?${text}` : "/actions";
}
