import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { can, type PermissionContext } from "@/lib/permissions/update-permissions";
import { IN_REVIEW_STATES, type Stage, type UpdateState } from "@/lib/status/vocabulary";
import { pickContent, type UpdateContent } from "@/lib/workflow/update-content";
import { daysBetween } from "@/lib/periods/calendar-date";
import { milestoneOverdueDays, nzToday } from "@/lib/status/overdue";
import { readPage, type PageRequest, type Paged } from "@/lib/paging/pages";
import { getDb } from "./db";
import { forbidden } from "./updates/errors";
import { lastPublishedByAction, type PublishedSummary } from "./updates/last-published";

export type ReviewItem = {
  id: number;
  version: number;
  state: UpdateState;
  action: { code: string; title: string };
  agency: { acronym: string; name: string };
  submittedAt: Date | null;
  approvedAt: Date | null;
  /** Null unless the reviewer may see internal notes. */
  internalNotes: string | null;
  evidence: { title: string; url: string | null; documentReference: string | null }[];
  milestonesCompleted: { title: string; completedOn: string }[];
  /** The dates a reviewer checks: the baseline, the forecast published now, the one proposed, and the move in days. */
  dates: {
    baselineDue: string;
    publishedForecast: string | null;
    proposedForecast: string | null;
    moveDays: number | null;
  };
  /** The action's milestones past their due date and still not completed, even counting this update. */
  overdueMilestones: { title: string; due: string; days: number }[];
  /** Milestone forecasts this update moves: from the plan's date to the proposed one. */
  milestoneForecasts: { title: string; from: string | null; to: string }[];
  /** What this reviewer may do now, from the same rules the workflow enforces. */
  allowed: { approve: boolean; return: boolean; publish: boolean; schedule: boolean };
  lastPublished: PublishedSummary | null;
} & Omit<UpdateContent, "internalNotes">;

/** How far the proposed forecast moves the action's due date from the one published now (or the baseline). */
export function reviewDates(
  action: { baselineDue: string; forecastDue: string | null },
  proposed: string | null,
): ReviewItem["dates"] {
  const from = action.forecastDue ?? action.baselineDue;
  return {
    baselineDue: action.baselineDue,
    publishedForecast: action.forecastDue,
    proposedForecast: proposed,
    moveDays: proposed ? daysBetween(from, proposed) : null,
  };
}

/** Which updates an actor reviews: an approver their agency's submitted ones, a monitor every one in review. */
function queueScope(actor: Actor) {
  if (actor.kind === "anonymous") throw forbidden("Sign in with a staff account to review updates.");
  const scope =
    actor.role === "agency_approver" && actor.agencyId !== null
      ? and(eq(t.progressUpdates.state, "submitted"), eq(t.progressUpdates.agencyId, actor.agencyId))
      : actor.role === "tec_monitor"
        ? inArray(t.progressUpdates.state, [...IN_REVIEW_STATES])
        : null;
  if (!scope) throw forbidden("Only agency approvers and TEC monitors review progress updates.");
  return scope;
}

/** Ready to publish first (for TEC those are the ones waiting on them), then the longest waiting. */
const QUEUE_ORDER = [
  desc(sql`${t.progressUpdates.state} = 'agency_approved'`),
  asc(t.progressUpdates.submittedAt),
  asc(t.progressUpdates.id),
];

async function queueRows(actor: Actor, page?: { limit: number; offset: number }) {
  const db = await getDb();
  const query = db
    .select({ update: t.progressUpdates, action: t.actions, agency: t.agencies })
    .from(t.progressUpdates)
    .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
    .innerJoin(t.agencies, eq(t.agencies.id, t.progressUpdates.agencyId))
    .where(queueScope(actor))
    .orderBy(...QUEUE_ORDER);
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/**
 * The review queue: an approver sees their agency's submitted updates; a TEC monitor sees every
 * agency's approved and submitted updates. Each comes with the action's last published update.
 */
export async function listReviewQueue(actor: Actor): Promise<ReviewItem[]> {
  return reviewItems(actor, await queueRows(actor));
}

/** One page of the queue, in the same order, with how many are waiting: counted and limited in SQL. */
export async function reviewQueuePage(actor: Actor, request: PageRequest): Promise<Paged<ReviewItem>> {
  const scope = queueScope(actor);
  const db = await getDb();
  const page = await readPage(
    request,
    async () => (await db.select({ n: count() }).from(t.progressUpdates).where(scope))[0]?.n ?? 0,
    (limit, offset) => queueRows(actor, { limit, offset }),
  );
  return { ...page, rows: await reviewItems(actor, page.rows) };
}

type QueueRow = Awaited<ReturnType<typeof queueRows>>[number];

async function reviewItems(actor: Actor, rows: QueueRow[]): Promise<ReviewItem[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const updateIds = rows.map((r) => r.update.id);
  const actionIds = [...new Set(rows.map((r) => r.action.id))];
  const [contributors, evidence, completions, published, milestones, forecasts] = await Promise.all([
    db.select().from(t.actionContributors).where(inArray(t.actionContributors.actionId, actionIds)),
    db.select().from(t.updateEvidence).where(inArray(t.updateEvidence.updateId, updateIds)),
    db
      .select({
        updateId: t.updateMilestoneCompletions.updateId,
        milestoneId: t.updateMilestoneCompletions.milestoneId,
        title: t.milestones.title,
        completedOn: t.updateMilestoneCompletions.completedOn,
      })
      .from(t.updateMilestoneCompletions)
      .innerJoin(t.milestones, eq(t.milestones.id, t.updateMilestoneCompletions.milestoneId))
      .where(inArray(t.updateMilestoneCompletions.updateId, updateIds)),
    lastPublishedByAction(db, actionIds),
    db
      .select({
        id: t.milestones.id,
        actionId: t.milestones.actionId,
        title: t.milestones.title,
        baselineDue: t.milestones.baselineDue,
        forecastDue: t.milestones.forecastDue,
        completedOn: t.milestones.completedOn,
      })
      .from(t.milestones)
      .where(inArray(t.milestones.actionId, actionIds))
      .orderBy(asc(t.milestones.position)),
    db.select().from(t.updateMilestoneForecasts).where(inArray(t.updateMilestoneForecasts.updateId, updateIds)),
  ]);
  const today = nzToday();

  return rows.map(({ update: u, action: a, agency }) => {
    const context: PermissionContext = {
      action: {
        leadAgencyId: a.leadAgencyId,
        contributorAgencyIds: contributors.filter((c) => c.actionId === a.id).map((c) => c.agencyId),
      },
      update: { authorId: u.authorId, agencyId: u.agencyId, state: u.state as UpdateState },
    };
    const allowed = (op: Parameters<typeof can>[1]) => can(actor, op, context).allowed;
    return {
      id: u.id,
      version: u.version,
      state: u.state as UpdateState,
      action: { code: a.code, title: a.title },
      agency: { acronym: agency.acronym, name: agency.name },
      submittedAt: u.submittedAt,
      approvedAt: u.approvedAt,
      ...pickContent(u),
      internalNotes: allowed("view_internal_notes") ? u.internalNotes : null,
      evidence: evidence
        .filter((e) => e.updateId === u.id)
        .map((e) => ({ title: e.title, url: e.url, documentReference: e.documentReference })),
      milestonesCompleted: completions
        .filter((c) => c.updateId === u.id)
        .map((c) => ({ title: c.title, completedOn: c.completedOn })),
      dates: reviewDates(a, u.forecastDue),
      overdueMilestones: milestones.flatMap((m) => {
        if (m.actionId !== a.id) return [];
        const doneHere = completions.some((c) => c.updateId === u.id && c.milestoneId === m.id);
        // As the plan would stand with this update: its own forecast for the milestone counts.
        const proposed = forecasts.find((f) => f.updateId === u.id && f.milestoneId === m.id)?.forecastDue;
        const dates = { ...m, forecastDue: proposed ?? m.forecastDue };
        const days = doneHere ? null : milestoneOverdueDays(dates, u.stage as Stage, today);
        return days === null ? [] : [{ title: m.title, due: dates.forecastDue ?? m.baselineDue, days }];
      }),
      milestoneForecasts: forecasts.flatMap((f) => {
        const m = milestones.find((x) => x.id === f.milestoneId);
        if (f.updateId !== u.id || !m || m.forecastDue === f.forecastDue) return [];
        return [{ title: m.title, from: m.forecastDue, to: f.forecastDue }];
      }),
      allowed: {
        approve: allowed("approve"),
        return: allowed("return"),
        publish: allowed("publish"),
        schedule: allowed("schedule"),
      },
      lastPublished: published.get(a.id) ?? null,
    };
  });
}
