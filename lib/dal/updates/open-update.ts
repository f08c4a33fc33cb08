import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { IN_REVIEW_STATES, OPEN_UPDATE_STATES, type OpenUpdateState } from "@/lib/status/vocabulary";
import { isUniqueViolation } from "../unique-violation";
import { WorkflowError } from "./errors";
import type { OpenPeriod } from "./open-period";
import type { Queryable } from "./tx";

/** The index that keeps an action to one open update per reporting period. */
export const ONE_OPEN_UPDATE_INDEX = "progress_updates_one_open_idx";

export type OpenUpdate = {
  id: number;
  state: OpenUpdateState;
  authorId: number | null;
  agencyName: string;
  version: number;
};

/** The action's open update (draft, submitted, returned or agency approved) for the period, if any. */
export async function findOpenUpdate(
  q: Queryable,
  actionId: number,
  periodId: number | null,
): Promise<OpenUpdate | null> {
  const [row] = await q
    .select({
      id: t.progressUpdates.id,
      state: t.progressUpdates.state,
      authorId: t.progressUpdates.authorId,
      agencyName: t.agencies.name,
      version: t.progressUpdates.version,
    })
    .from(t.progressUpdates)
    .innerJoin(t.agencies, eq(t.agencies.id, t.progressUpdates.agencyId))
    .where(
      and(
        eq(t.progressUpdates.actionId, actionId),
        periodId === null ? isNull(t.progressUpdates.periodId) : eq(t.progressUpdates.periodId, periodId),
        inArray(t.progressUpdates.state, [...OPEN_UPDATE_STATES]),
      ),
    )
    .orderBy(sql`${t.progressUpdates.id}`)
    .limit(1);
  return row ? { ...row, state: row.state as OpenUpdateState } : null;
}

const STATE_WORDS: Record<OpenUpdateState, string> = {
  draft: "a draft",
  submitted: "submitted and waiting for agency approval",
  changes_requested: "returned for changes",
  agency_approved: "approved by the agency and waiting for TEC",
};

/** Where the action's open update stands and what the person can do, in words they can act on. */
export function describeOpenUpdate(open: OpenUpdate, userId: number, period: OpenPeriod | null): string {
  const when = period ? ` for ${period.label}` : "";
  const mine = open.authorId === userId;
  const whose = mine ? "You already have an update" : `${open.agencyName} already has an update`;
  const inReview = (IN_REVIEW_STATES as readonly string[]).includes(open.state);
  const next = !mine
    ? "Only its author can change it: ask them, or wait until it is published."
    : inReview
      ? "It is with the reviewers now. To change it, withdraw it from My actions while it is waiting for agency approval."
      : "Continue that one from My actions.";
  return `${whose} on this action${when} (${STATE_WORDS[open.state]}). An action has one update per reporting period. ${next}`;
}

/** Why a second update cannot be started. */
export function openUpdateRefusal(open: OpenUpdate, userId: number, period: OpenPeriod | null): WorkflowError {
  return new WorkflowError("conflict", `Nothing new was saved. ${describeOpenUpdate(open, userId, period)}`);
}

export const isOpenUpdateClash = (error: unknown) => isUniqueViolation(error, ONE_OPEN_UPDATE_INDEX);
