import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { can } from "@/lib/permissions/update-permissions";
import type { Confidence, Stage, UpdateState } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import { forbidden } from "./errors";
import { loadChildren, loadUpdate, type UpdateChildren } from "./load";

export type UpdateView = {
  id: number;
  version: number;
  state: UpdateState;
  action: { code: string; title: string };
  stage: Stage;
  confidence: Confidence | null;
  publicNarrative: string;
  /** Null unless the viewer may see internal notes. */
  internalNotes: string | null;
  risks: string;
  nextSteps: string;
  explanation: string | null;
  recoveryStep: string | null;
  notProceedingReason: string | null;
  forecastDue: string | null;
  returnReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
} & UpdateChildren;

/** An unpublished update as staff see it; internal notes only for those entitled to them. */
export async function viewUpdate(actor: Actor, updateId: number): Promise<UpdateView> {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a staff account to see progress updates.");
  const db = await getDb();
  const { row, action, permission } = await loadUpdate(db, updateId);
  const view = can(actor, "view_draft", permission);
  if (!view.allowed) throw forbidden(view.reason);
  const notes = can(actor, "view_internal_notes", permission).allowed;
  return {
    id: row.id,
    version: row.version,
    state: row.state as UpdateState,
    action: { code: action.code, title: action.title },
    stage: row.stage as Stage,
    confidence: row.confidence as Confidence | null,
    publicNarrative: row.publicNarrative,
    internalNotes: notes ? row.internalNotes : null,
    risks: row.risks,
    nextSteps: row.nextSteps,
    explanation: row.explanation,
    recoveryStep: row.recoveryStep,
    notProceedingReason: row.notProceedingReason,
    forecastDue: row.forecastDue,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    ...(await loadChildren(db, row.id)),
  };
}
