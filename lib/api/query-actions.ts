/** The action list behind GET /api/v1/actions and its CSV twin: validated filters, then search. */
import "server-only";
import { searchActionCodes } from "@/lib/dal/search";
import { filterActions, strictActionFiltersSchema, unknownFilterReferences } from "@/lib/public/filter-actions";
import type { PublicAction, PublicPlan } from "@/lib/public/types";
import { invalidQuery } from "./errors";
import { parseQuery } from "./query";

export async function queryActions(request: Request, plan: PublicPlan): Promise<PublicAction[]> {
  const filters = parseQuery(request, strictActionFiltersSchema);
  const unknown = unknownFilterReferences(filters, plan);
  if (Object.keys(unknown).length > 0) throw invalidQuery(unknown);
  const codes = filters.q ? await searchActionCodes(filters.q) : undefined;
  return filterActions(plan.actions, filters, codes);
}
