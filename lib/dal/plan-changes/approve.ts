import "server-only";
import { and, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { validateChanges } from "@/lib/plan-changes";
import type { Actor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { WorkflowError } from "../updates/errors";
import type { Tx } from "../updates/tx";
import { loadPlanIds, writeChange } from "./apply";
import { findDraft, lockPlan, PlanChangesRefused, proposedChanges } from "./draft";
import { loadPlanSnapshot } from "./load-snapshot";

export type ApproveInput = {
  planId: number;
  /** Who approved it: "Minister of Education", "Education, Employment and Training chief executives". */
  approvingBody: string;
  /** The date of approval (YYYY-MM-DD), from which the version is in effect. */
  approvedOn: string;
  /** What the version changes, in a sentence or two; made from the change count when empty. */
  summary?: string;
  actor: Actor;
  now?: Date;
};

/**
 * Approves the draft version: checks its change requests once more against the live plan, applies
 * every one to the plan tables in order, marks them approved with the approving body and date, and
 * publishes the version, all in the caller's transaction (so all of it or none). The public record
 * changes with it, and the triggers on the plan tables raise the public revision in the same
 * transaction, so cached public pages refresh.
 */
export async function approveDraft(tx: Tx, input: ApproveInput): Promise<{ versionId: number; version: string }> {
  const monitor = requireAdminRight(input.actor, "manage_plan");
  const now = input.now ?? new Date();
  const approvingBody = input.approvingBody.trim();
  if (!approvingBody) throw new WorkflowError("invalid", "Name the body that approved the version.");
  await lockPlan(tx, input.planId);
  const draft = await findDraft(tx, input.planId);
  const changes = draft ? await proposedChanges(tx, draft.id) : [];
  if (!draft || changes.length === 0) throw new WorkflowError("conflict", "There are no proposed changes to approve.");

  const [latest] = await tx
    .select({ effectiveOn: t.planVersions.effectiveOn })
    .from(t.planVersions)
    .where(and(eq(t.planVersions.planId, input.planId), eq(t.planVersions.state, "published")))
    .orderBy(desc(t.planVersions.effectiveOn))
    .limit(1);
  if (latest?.effectiveOn && input.approvedOn < latest.effectiveOn) {
    throw new WorkflowError(
      "invalid",
      `The approval date can't be before the previous version's (${latest.effectiveOn}).`,
    );
  }

  const result = validateChanges(await loadPlanSnapshot(tx, input.planId), changes);
  if (!result.ok) throw new PlanChangesRefused(result.problems);

  const ids = await loadPlanIds(tx, input.planId);
  for (const change of changes) {
    const actionId = await writeChange(tx, ids, change, now);
    await tx
      .update(t.changeRequests)
      .set({
        state: "approved",
        approvingBody,
        decidedAt: new Date(`${input.approvedOn}T00:00:00Z`),
        actionId: actionId ?? undefined,
        updatedAt: now,
      })
      .where(eq(t.changeRequests.id, change.id));
  }
  const summary = input.summary?.trim() || `${changes.length} change${changes.length === 1 ? "" : "s"} to the plan.`;
  await tx
    .update(t.planVersions)
    .set({
      state: "published",
      approvedBy: approvingBody,
      effectiveOn: input.approvedOn,
      summary,
      publishedAt: now,
      updatedAt: now,
    })
    .where(eq(t.planVersions.id, draft.id));
  await recordAudit(tx, {
    actor: monitor,
    entity: "plan_version",
    entityId: draft.id,
    event: "plan_version.approved",
    before: { version: draft.version, state: "draft" },
    after: {
      version: draft.version,
      state: "published",
      approvedBy: approvingBody,
      effectiveOn: input.approvedOn,
      changes: changes.length,
    },
    at: now,
  });
  return { versionId: draft.id, version: draft.version };
}
