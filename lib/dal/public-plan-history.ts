import "server-only";
import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import { nzLocalToUtc } from "@/lib/periods/nz-time";
import type { ActionHistoryDigest, PublicPlanRows } from "@/lib/public/assemble-public-plan";
import { FINISHED_STAGES } from "@/lib/status/vocabulary";
import type { Db } from "@/db/client";
import { publicContentColumns } from "./updates/content-columns";
import { isPublicUpdate } from "./visibility";

type Period = { id: number; startsOn: string };

const pu = t.progressUpdates;
const rp = t.reportingPeriods;
const newestFirst = [desc(pu.publishedAt), desc(pu.id)];
/** Correlates a lateral subquery with the action of the outer row. */
const ofOuterAction = and(eq(pu.actionId, t.actions.id), isPublicUpdate);

/**
 * What the public plan needs from each action's history, without reading the history: one row per
 * action, each value one probe of the published-updates index (progress_updates_latest_published_idx)
 * in a lateral join. Every subquery joins reporting_periods, so Drizzle names each column with its
 * table and none can bind to the outer `actions` row by mistake.
 */
export async function loadHistoryDigests(
  db: Db,
  planId: number,
  latestClosed: Period | null,
  previousClosed: Period | null,
): Promise<ActionHistoryDigest[]> {
  const latest = db
    .select({
      id: pu.id,
      periodId: pu.periodId,
      agencyId: pu.agencyId,
      publishedAt: pu.publishedAt,
      ...publicContentColumns,
    })
    .from(pu)
    .leftJoin(rp, eq(rp.id, pu.periodId))
    .where(ofOuterAction)
    .orderBy(...newestFirst)
    .limit(1)
    .as("latest");

  const finishedNow = inArray(latest.stage, [...FINISHED_STAGES]);
  // The newest update in another stage than the latest: the finished stage began after it.
  const before = db
    .select({ changedAt: pu.publishedAt, changedId: pu.id })
    .from(pu)
    .leftJoin(rp, eq(rp.id, pu.periodId))
    .where(and(ofOuterAction, finishedNow, ne(pu.stage, latest.stage)))
    .orderBy(...newestFirst)
    .limit(1)
    .as("before_finish");
  const finished = db
    .select({ finishedAt: pu.publishedAt })
    .from(pu)
    .leftJoin(rp, eq(rp.id, pu.periodId))
    .where(
      and(
        ofOuterAction,
        finishedNow,
        or(
          isNull(before.changedId),
          gt(pu.publishedAt, before.changedAt),
          and(eq(pu.publishedAt, before.changedAt), gt(pu.id, before.changedId)),
        ),
      ),
    )
    .orderBy(asc(pu.publishedAt), asc(pu.id))
    .limit(1)
    .as("finished");

  // An update of the latest closed period or later (by its period, else by its New Zealand date).
  const covers: SQL = latestClosed
    ? or(
        gte(rp.startsOn, latestClosed.startsOn),
        and(isNull(rp.id), gte(pu.publishedAt, nzLocalToUtc(latestClosed.startsOn))),
      )!
    : sql`false`;
  const covering = db
    .select({ coverPeriodId: pu.periodId, coverPublishedAt: pu.publishedAt, coverStage: pu.stage })
    .from(pu)
    .leftJoin(rp, eq(rp.id, pu.periodId))
    .where(and(ofOuterAction, covers))
    .orderBy(...newestFirst)
    .limit(1)
    .as("covering");

  // The status an action had at the end of a closed period: its newest update of that period or earlier.
  const statusAt = (name: string, period: Period | null) =>
    db
      .select({ stage: pu.stage, confidence: pu.confidence })
      .from(pu)
      .innerJoin(rp, eq(rp.id, pu.periodId))
      .where(and(ofOuterAction, period ? lte(rp.startsOn, period.startsOn) : sql`false`))
      .orderBy(...newestFirst)
      .limit(1)
      .as(name);
  const atLatest = statusAt("at_latest_closed", latestClosed);
  const atPrevious = statusAt("at_previous_closed", previousClosed);

  const rows = await db
    .select({
      actionId: t.actions.id,
      latest: {
        id: latest.id,
        periodId: latest.periodId,
        agencyId: latest.agencyId,
        publishedAt: latest.publishedAt,
        stage: latest.stage,
        confidence: latest.confidence,
        forecastDue: latest.forecastDue,
        publicNarrative: latest.publicNarrative,
        explanation: latest.explanation,
        recoveryStep: latest.recoveryStep,
        notProceedingReason: latest.notProceedingReason,
        risks: latest.risks,
        nextSteps: latest.nextSteps,
      },
      finishedAt: finished.finishedAt,
      covering: {
        periodId: covering.coverPeriodId,
        publishedAt: covering.coverPublishedAt,
        stage: covering.coverStage,
      },
      atLatestClosed: { stage: atLatest.stage, confidence: atLatest.confidence },
      atPreviousClosed: { stage: atPrevious.stage, confidence: atPrevious.confidence },
    })
    .from(t.actions)
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(before, sql`true`)
    .leftJoinLateral(finished, sql`true`)
    .leftJoinLateral(covering, sql`true`)
    .leftJoinLateral(atLatest, sql`true`)
    .leftJoinLateral(atPrevious, sql`true`)
    .where(eq(t.actions.planId, planId));

  return rows.map((r) => ({
    actionId: r.actionId,
    latest: r.latest?.id == null ? null : { ...r.latest, publishedAt: r.latest.publishedAt! },
    finishedAt: r.finishedAt ?? null,
    covering: r.covering?.publishedAt == null ? null : { ...r.covering, publishedAt: r.covering.publishedAt },
    atLatestClosed: r.atLatestClosed?.stage == null ? null : r.atLatestClosed,
    atPreviousClosed: r.atPreviousClosed?.stage == null ? null : r.atPreviousClosed,
  })) as ActionHistoryDigest[];
}

/** The evidence and completed milestones of each action's latest published update. */
export async function loadLatestUpdateParts(
  db: Db,
  planId: number,
): Promise<Pick<PublicPlanRows, "evidence" | "completions">> {
  const latestId = () =>
    db
      .select({ latestId: pu.id })
      .from(pu)
      .leftJoin(rp, eq(rp.id, pu.periodId))
      .where(ofOuterAction)
      .orderBy(...newestFirst)
      .limit(1)
      .as("latest");
  const evidenceLatest = latestId();
  const completionsLatest = latestId();
  const [evidence, completions] = await Promise.all([
    db
      .select(getTableColumns(t.updateEvidence))
      .from(t.actions)
      .innerJoinLateral(evidenceLatest, sql`true`)
      .innerJoin(t.updateEvidence, eq(t.updateEvidence.updateId, evidenceLatest.latestId))
      .where(eq(t.actions.planId, planId))
      .orderBy(asc(t.updateEvidence.id)),
    db
      .select(getTableColumns(t.updateMilestoneCompletions))
      .from(t.actions)
      .innerJoinLateral(completionsLatest, sql`true`)
      .innerJoin(t.updateMilestoneCompletions, eq(t.updateMilestoneCompletions.updateId, completionsLatest.latestId))
      .where(eq(t.actions.planId, planId)),
  ]);
  return { evidence, completions };
}

/** Each criterion's newest published assessment, which decides whether it is met. */
export async function loadLatestAssessments(db: Db, planId: number): Promise<PublicPlanRows["assessments"]> {
  const uca = t.updateCriterionAssessments;
  const assessed = db
    .select({ met: uca.met, evidenceUrl: uca.evidenceUrl, evidenceReference: uca.evidenceReference })
    .from(uca)
    .innerJoin(pu, eq(pu.id, uca.updateId))
    .where(and(eq(uca.criterionId, t.completionCriteria.id), isPublicUpdate))
    .orderBy(...newestFirst)
    .limit(1)
    .as("assessed");
  return db
    .select({
      criterionId: t.completionCriteria.id,
      met: assessed.met,
      evidenceUrl: assessed.evidenceUrl,
      evidenceReference: assessed.evidenceReference,
    })
    .from(t.completionCriteria)
    .innerJoin(t.actions, eq(t.actions.id, t.completionCriteria.actionId))
    .innerJoinLateral(assessed, sql`true`)
    .where(eq(t.actions.planId, planId));
}
