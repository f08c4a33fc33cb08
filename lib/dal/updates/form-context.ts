import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { checkAuthority, stateRefusal } from "@/lib/permissions/update-permissions";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { OpenUpdateState, UpdateState } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import { forbidden, notFound, WorkflowError } from "./errors";
import { lastPublishedAssessments, lastPublishedByAction, type PublishedSummary } from "./last-published";
import {
  loadActionByCode,
  loadChildren,
  loadUpdate,
  permissionContext,
  type ActionRecord,
  type UpdateChildren,
} from "./load";
import { nzToday } from "@/lib/status/overdue";
import { newContent, pickContent, type UpdateContent } from "@/lib/workflow/update-content";
import { findOpenPeriod } from "./open-period";
import { describeOpenUpdate, findOpenUpdate } from "./open-update";

export type UpdateValues = UpdateContent & UpdateChildren;

/** The reporting period an update is for, and its deadline (an ISO instant). */
export type FormPeriod = { label: string; dueAt: string; deadlinePassed: boolean };

export type UpdateFormContext = {
  action: Omit<ActionRecord, "id" | "leadAgencyId" | "contributorAgencyIds">;
  /** Null when the update belongs to no reporting period (none was open when it was started). */
  period: FormPeriod | null;
  /** The action's baseline due date is before today in New Zealand. */
  baselinePassed: boolean;
  lastPublished: PublishedSummary | null;
  /** Null for a new update. */
  update: { id: number; version: number; state: UpdateState; returnReason: string | null } | null;
  values: UpdateValues;
};

const SIGN_IN = "Sign in with a staff account to write progress updates.";

function publicAction({ id: _id, leadAgencyId: _l, contributorAgencyIds: _c, ...rest }: ActionRecord) {
  return rest;
}

/** The action already has an update open for this period: the form continues it instead. */
export type ExistingUpdate = {
  existing: { id: number; state: OpenUpdateState; mine: boolean; actionCode: string; message: string };
};

const formPeriod = (p: { label: string; dueAt: Date } | null | undefined, now: Date): FormPeriod | null =>
  p ? { label: p.label, dueAt: p.dueAt.toISOString(), deadlinePassed: p.dueAt <= now } : null;

/**
 * A new update's form, or the action's open update for the period when there is one. The stage
 * and forecast start from the last published update; confidence and every text start empty (the
 * last published text is shown beside the form, never copied in silently).
 */
export async function getNewUpdateForm(
  actor: Actor,
  actionCode: string,
  now = new Date(),
): Promise<UpdateFormContext | ExistingUpdate> {
  if (actor.kind === "anonymous") throw forbidden(SIGN_IN);
  const db = await getDb();
  const action = await loadActionByCode(db, actionCode);
  if (!action) throw notFound("action");
  const authority = checkAuthority(actor, "create_draft", permissionContext(action));
  if (!authority.allowed) throw forbidden(authority.reason);
  const period = await findOpenPeriod(db, now);
  const open = await findOpenUpdate(db, action.id, period?.id ?? null);
  if (open) {
    const mine = open.authorId === actor.userId;
    const message = describeOpenUpdate(open, actor.userId, period);
    return { existing: { id: open.id, state: open.state, mine, actionCode: action.code, message } };
  }
  const last = (await lastPublishedByAction(db, [action.id])).get(action.id) ?? null;
  const assessments = await lastPublishedAssessments(db, action.id);
  return {
    action: publicAction(action),
    period: formPeriod(period, now),
    baselinePassed: action.baselineDue < nzToday(now),
    lastPublished: last,
    update: null,
    values: {
      ...newContent(last?.stage ?? "not_started", last?.forecastDue ?? action.forecastDue),
      evidenceLinks: [],
      milestoneCompletions: [],
      // Dates, not words: each open milestone starts from the forecast the plan holds now.
      milestoneForecasts: action.milestones.flatMap((m) =>
        !m.completedOn && m.forecastDue ? [{ milestoneId: m.id, forecastDue: m.forecastDue }] : [],
      ),
      criterionAssessments: assessments.map((a) => ({
        criterionId: a.criterionId,
        met: a.met,
        evidenceUrl: a.evidenceUrl,
        evidenceReference: a.evidenceReference,
      })),
    },
  };
}

/** The author's draft or returned update, to continue. Anyone else, or another state, is refused. */
export async function getUpdateForEdit(actor: Actor, updateId: number): Promise<UpdateFormContext> {
  if (actor.kind === "anonymous") throw forbidden(SIGN_IN);
  const db = await getDb();
  const { row, action, permission } = await loadUpdate(db, updateId);
  const authority = checkAuthority(actor, "edit_draft", permission);
  if (!authority.allowed) throw forbidden(authority.reason);
  const blocked = stateRefusal("edit_draft", row.state as UpdateState);
  if (blocked) throw new WorkflowError("invalid_transition", blocked);
  const last = (await lastPublishedByAction(db, [action.id])).get(action.id) ?? null;
  const [period] = row.periodId
    ? await db
        .select({ label: t.reportingPeriods.label, dueAt: t.reportingPeriods.dueAt })
        .from(t.reportingPeriods)
        .where(eq(t.reportingPeriods.id, row.periodId))
    : [];
  return {
    action: publicAction(action),
    period: formPeriod(period, new Date()),
    baselinePassed: action.baselineDue < nzToday(),
    lastPublished: last,
    update: { id: row.id, version: row.version, state: row.state as UpdateState, returnReason: row.returnReason },
    values: {
      ...pickContent(row),
      ...(await loadChildren(db, row.id)),
    },
  };
}
