import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import { can } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";
import { pickContent, type UpdateContent } from "@/lib/workflow/update-content";
import { getDb } from "../db";
import { forbidden } from "./errors";
import { loadChildren, loadUpdate, type UpdateChildren } from "./load";

export type UpdateView = {
  id: number;
  version: number;
  state: UpdateState;
  action: { code: string; title: string };
  returnReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
} & Omit<UpdateContent, "internalNotes"> & {
    /** Null unless the viewer may see internal notes. */
    internalNotes: string | null;
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
    ...pickContent(row),
    internalNotes: notes ? row.internalNotes : null,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    ...(await loadChildren(db, row.id)),
  };
}
