import "server-only";
import { inArray, isNull, or, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Queryable } from "./updates/tx";

/**
 * Who may be given which agency: an active one, or one the record already has. A retired agency is
 * kept for history (its actions, workstreams, indicators and people still name it) but is never newly
 * assigned, wherever an agency is chosen. One rule, asked by every form that assigns an agency; the
 * database refuses the same (migration `agency_assignment_guard`) for any write that forgets to ask.
 */
export const AGENCY_MISSING = "Choose an agency from the list: this one does not exist.";
export const agencyRetiredRefusal = (acronym: string) =>
  `${acronym} is retired: it stays in the record for history but can no longer be assigned. Choose an active agency.`;

/** The condition an agency offered in a form meets: active, or one of those already assigned. */
export function assignableAgency(keepIds: readonly number[] = []): SQL {
  const active = isNull(t.agencies.retiredAt);
  return keepIds.length === 0 ? active : or(active, inArray(t.agencies.id, [...keepIds]))!;
}

/**
 * Why these agencies cannot be assigned (each missing or retired one that is not among `keepIds`,
 * the ones the record has already), or null when they all can.
 */
export async function agencyAssignmentError(
  q: Queryable,
  agencyIds: readonly (number | null)[],
  keepIds: readonly (number | null)[] = [],
): Promise<string | null> {
  const kept = new Set(keepIds);
  const asked = [...new Set(agencyIds.filter((id): id is number => id !== null && !kept.has(id)))];
  if (asked.length === 0) return null;
  const rows = await q
    .select({ id: t.agencies.id, acronym: t.agencies.acronym, retiredAt: t.agencies.retiredAt })
    .from(t.agencies)
    .where(inArray(t.agencies.id, asked));
  if (rows.length < asked.length) return AGENCY_MISSING;
  const retired = rows.filter((r) => r.retiredAt !== null).map((r) => r.acronym);
  return retired.length === 0 ? null : agencyRetiredRefusal(retired.join(", "));
}

/** The trigger's refusal (SQLSTATE 23514, constraint `agency_retired`), for a write that did not ask first. */
export function isRetiredAgencyRefusal(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pg = e as Error & { code?: string; constraint?: string; constraint_name?: string };
    if (pg.code === "23514" && `${pg.constraint ?? ""} ${pg.constraint_name ?? ""}`.includes("agency_retired")) {
      return true;
    }
  }
  return false;
}
