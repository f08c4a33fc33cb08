import "server-only";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { isOpenUpdateState, OPEN_UPDATE_STATES, type UpdateState } from "@/lib/status/vocabulary";
import type { PeriodTask, PeriodTaskState } from "@/lib/workflow/period-task";
import { getDb } from "./db";
import { isPublicUpdate } from "./visibility";
import { forbidden } from "./updates/errors";
import { lastPublishedByAction, type PublishedSummary } from "./updates/last-published";
import { findOpenPeriod, type OpenPeriod } from "./updates/open-period";

export type MyAction = {
  code: string;
  title: string;
  role: "lead" | "contributor";
  published: Pick<PublishedSummary, "stage" | "confidence" | "publishedAt"> | null;
  /** This period's update, whoever writes it; null when no period is open. */
  task: PeriodTask | null;
};

export type MyUpdate = {
  id: number;
  version: number;
  actionCode: string;
  actionTitle: string;
  state: UpdateState;
  returnReason: string | null;
  updatedAt: Date;
};

export type MyActions = {
  /** False for roles that do not write updates (monitors, admins): they get no list. */
  writes: boolean;
  period: OpenPeriod | null;
  /** Led first, then contributed, each in plan order. */
  actions: MyAction[];
  /** The caller's own updates still in their hands or in review. */
  updates: MyUpdate[];
};

type PeriodRow = {
  id: number;
  actionId: number;
  state: string;
  visible: boolean;
  authorId: number | null;
  agencyName: string;
  returnReason: string | null;
};

/** The action's task for the period: its open update if any, else whether it was published. */
function taskOf(rows: PeriodRow[], userId: number): PeriodTask {
  const open = rows.find((r) => isOpenUpdateState(r.state));
  if (open) {
    const mine = open.authorId === userId;
    // The reviewer's reason is for the author: a colleague or another agency sees only who has the update.
    return {
      state: open.state as PeriodTaskState,
      open: { id: open.id, mine, agencyName: open.agencyName, returnReason: mine ? open.returnReason : null },
    };
  }
  const published = rows.filter((r) => r.state === "published");
  if (published.some((r) => r.visible)) return { state: "published", open: null };
  if (published.length > 0) return { state: "scheduled", open: null };
  return { state: "to_write", open: null };
}

/** The actions the caller's agency leads or contributes to, this period's task on each, and the caller's own work. */
export async function listMyActions(actor: Actor, now = new Date()): Promise<MyActions> {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a staff account to see your actions.");
  const db = await getDb();
  const period = await findOpenPeriod(db, now);
  const agencyId = actor.agencyId;
  const writes = (actor.role === "agency_staff" || actor.role === "agency_approver") && agencyId !== null;
  if (!writes) return { writes: false, period, actions: [], updates: [] };

  const contributing = db
    .select({ id: t.actionContributors.actionId })
    .from(t.actionContributors)
    .where(eq(t.actionContributors.agencyId, agencyId));
  const actions = await db
    .select({ id: t.actions.id, code: t.actions.code, title: t.actions.title, leadAgencyId: t.actions.leadAgencyId })
    .from(t.actions)
    .where(or(eq(t.actions.leadAgencyId, agencyId), inArray(t.actions.id, contributing)));
  const ids = actions.map((a) => a.id);
  const [published, periodUpdates, mine] = await Promise.all([
    lastPublishedByAction(db, ids),
    period && ids.length > 0
      ? db
          .select({
            id: t.progressUpdates.id,
            actionId: t.progressUpdates.actionId,
            state: t.progressUpdates.state,
            visible: sql<boolean>`coalesce(${isPublicUpdate}, false)`,
            authorId: t.progressUpdates.authorId,
            agencyName: t.agencies.name,
            returnReason: t.progressUpdates.returnReason,
          })
          .from(t.progressUpdates)
          .innerJoin(t.agencies, eq(t.agencies.id, t.progressUpdates.agencyId))
          .where(and(eq(t.progressUpdates.periodId, period.id), inArray(t.progressUpdates.actionId, ids)))
      : [],
    db
      .select({
        id: t.progressUpdates.id,
        version: t.progressUpdates.version,
        actionCode: t.actions.code,
        actionTitle: t.actions.title,
        state: t.progressUpdates.state,
        returnReason: t.progressUpdates.returnReason,
        updatedAt: t.progressUpdates.updatedAt,
      })
      .from(t.progressUpdates)
      .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
      .where(
        and(eq(t.progressUpdates.authorId, actor.userId), inArray(t.progressUpdates.state, [...OPEN_UPDATE_STATES])),
      )
      .orderBy(desc(t.progressUpdates.updatedAt)),
  ]);

  const rows: MyAction[] = actions.map((a) => {
    const last = published.get(a.id);
    return {
      code: a.code,
      title: a.title,
      role: a.leadAgencyId === agencyId ? "lead" : "contributor",
      published: last ? { stage: last.stage, confidence: last.confidence, publishedAt: last.publishedAt } : null,
      task: period
        ? taskOf(
            periodUpdates.filter((u) => u.actionId === a.id),
            actor.userId,
          )
        : null,
    };
  });
  const roleRank = (r: MyAction) => (r.role === "lead" ? 0 : 1);
  return {
    writes: true,
    period,
    actions: rows.sort((x, y) => roleRank(x) - roleRank(y) || compareActionCodes(x.code, y.code)),
    updates: mine.map((u) => ({ ...u, state: u.state as UpdateState })),
  };
}
