import "server-only";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import type { UpdateState } from "@/lib/status/vocabulary";
import { getDb } from "./db";
import { forbidden } from "./updates/errors";
import { lastPublishedByAction, type PublishedSummary } from "./updates/last-published";
import { findOpenPeriod, type OpenPeriod } from "./updates/open-period";

/** Where the agency's update for the open period has got to. */
export type DueStatus = "reported" | "approved" | "submitted" | "draft" | "not_started";

export type MyAction = {
  code: string;
  title: string;
  role: "lead" | "contributor";
  published: Pick<PublishedSummary, "stage" | "confidence" | "publishedAt"> | null;
  due: DueStatus | null;
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
  actions: MyAction[];
  /** The caller's own updates still in their hands or in review. */
  updates: MyUpdate[];
};

const DUE_RANK: DueStatus[] = ["reported", "approved", "submitted", "draft", "not_started"];

function dueOf(states: { state: string; visible: boolean }[]): DueStatus {
  const found = states.map(({ state, visible }): DueStatus => {
    if (state === "published") return visible ? "reported" : "approved"; // scheduled: not public yet
    if (state === "agency_approved") return "approved";
    if (state === "submitted") return "submitted";
    if (state === "draft" || state === "changes_requested") return "draft";
    return "not_started";
  });
  return DUE_RANK.find((rank) => found.includes(rank)) ?? "not_started";
}

/** The actions the caller's agency leads or contributes to, what is due now, and the caller's own work. */
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
            actionId: t.progressUpdates.actionId,
            state: t.progressUpdates.state,
            visible: sql<boolean>`coalesce(${t.progressUpdates.publishedAt} <= now(), false)`,
          })
          .from(t.progressUpdates)
          .where(
            and(
              eq(t.progressUpdates.periodId, period.id),
              eq(t.progressUpdates.agencyId, agencyId),
              inArray(t.progressUpdates.actionId, ids),
            ),
          )
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
        and(
          eq(t.progressUpdates.authorId, actor.userId),
          inArray(t.progressUpdates.state, ["draft", "changes_requested", "submitted", "agency_approved"]),
        ),
      )
      .orderBy(desc(t.progressUpdates.updatedAt)),
  ]);

  return {
    writes: true,
    period,
    actions: actions
      .map((a) => {
        const last = published.get(a.id);
        return {
          code: a.code,
          title: a.title,
          role: a.leadAgencyId === agencyId ? ("lead" as const) : ("contributor" as const),
          published: last ? { stage: last.stage, confidence: last.confidence, publishedAt: last.publishedAt } : null,
          due: period ? dueOf(periodUpdates.filter((u) => u.actionId === a.id)) : null,
        };
      })
      .sort((x, y) => compareActionCodes(x.code, y.code)),
    updates: mine.map((u) => ({ ...u, state: u.state as UpdateState })),
  };
}
