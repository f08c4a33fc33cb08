import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { checkAuthority, stateRefusal } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";
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

export type UpdateValues = {
  stage: string;
  confidence: string | null;
  publicNarrative: string;
  internalNotes: string;
  risks: string;
  nextSteps: string;
  explanation: string | null;
  recoveryStep: string | null;
  notProceedingReason: string | null;
  forecastDue: string | null;
} & UpdateChildren;

export type UpdateFormContext = {
  action: Omit<ActionRecord, "id" | "leadAgencyId" | "contributorAgencyIds">;
  lastPublished: PublishedSummary | null;
  /** Null for a new update. */
  update: { id: number; version: number; state: UpdateState; returnReason: string | null } | null;
  values: UpdateValues;
};

const SIGN_IN = "Sign in with a staff account to write progress updates.";

function publicAction({ id: _id, leadAgencyId: _l, contributorAgencyIds: _c, ...rest }: ActionRecord) {
  return rest;
}

/** A new update's form, started from the action's last published position (the narrative is new). */
export async function getNewUpdateForm(actor: Actor, actionCode: string): Promise<UpdateFormContext> {
  if (actor.kind === "anonymous") throw forbidden(SIGN_IN);
  const db = await getDb();
  const action = await loadActionByCode(db, actionCode);
  if (!action) throw notFound("action");
  const authority = checkAuthority(actor, "create_draft", permissionContext(action));
  if (!authority.allowed) throw forbidden(authority.reason);
  const last = (await lastPublishedByAction(db, [action.id])).get(action.id) ?? null;
  const assessments = await lastPublishedAssessments(db, action.id);
  return {
    action: publicAction(action),
    lastPublished: last,
    update: null,
    values: {
      stage: last?.stage ?? "not_started",
      confidence: last?.confidence ?? null,
      publicNarrative: "",
      internalNotes: "",
      risks: "",
      nextSteps: "",
      explanation: last?.explanation ?? null,
      recoveryStep: last?.recoveryStep ?? null,
      notProceedingReason: null,
      forecastDue: last?.forecastDue ?? action.forecastDue,
      evidenceLinks: [],
      milestoneCompletions: [],
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
  return {
    action: publicAction(action),
    lastPublished: last,
    update: { id: row.id, version: row.version, state: row.state as UpdateState, returnReason: row.returnReason },
    values: {
      stage: row.stage,
      confidence: row.confidence,
      publicNarrative: row.publicNarrative,
      internalNotes: row.internalNotes,
      risks: row.risks,
      nextSteps: row.nextSteps,
      explanation: row.explanation,
      recoveryStep: row.recoveryStep,
      notProceedingReason: row.notProceedingReason,
      forecastDue: row.forecastDue,
      ...(await loadChildren(db, row.id)),
    },
  };
}
