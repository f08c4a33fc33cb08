/**
 * Turns the rows of the public queries into the PublicPlan DTO. Pure: the status, progress and
 * dependency rules come from lib/, so what a page shows is what the unit tests prove.
 */
import type * as schema from "@/db/schema";
import { slipDays } from "@/lib/dependencies/dependency-graph";
import { milestoneProgress } from "@/lib/progress/milestone-progress";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { deriveSystemState } from "@/lib/status/derive-system-state";
import type { Confidence, Provenance, Stage } from "@/lib/status/vocabulary";
import { finishedOn } from "./finished-on";
import type { PublicAction, PublicPlan, PublicUpdate, StatusAt } from "./types";
import { publishedFields, type StoredPublicContent } from "@/lib/workflow/update-content";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

export type PublicPlanRows = {
  plan: Row<typeof schema.plans>;
  versions: Row<typeof schema.planVersions>[];
  agencies: Row<typeof schema.agencies>[];
  focusAreas: Row<typeof schema.focusAreas>[];
  recommendations: Row<typeof schema.recommendations>[];
  workstreams: Row<typeof schema.workstreams>[];
  workstreamRecs: { workstreamId: number; recommendationId: number }[];
  actions: Row<typeof schema.actions>[];
  contributors: Row<typeof schema.actionContributors>[];
  actionRecs: Row<typeof schema.actionRecommendations>[];
  dependencies: Row<typeof schema.actionDependencies>[];
  criteria: Row<typeof schema.completionCriteria>[];
  milestones: Row<typeof schema.milestones>[];
  periods: Row<typeof schema.reportingPeriods>[];
  /** One per action: what the public plan reads of its history (never the history itself). */
  digests: ActionHistoryDigest[];
  /** The evidence and completed milestones of each action's latest published update. */
  evidence: Row<typeof schema.updateEvidence>[];
  completions: Row<typeof schema.updateMilestoneCompletions>[];
  /** Each criterion's newest published assessment. */
  assessments: { criterionId: number; met: boolean; evidenceUrl: string | null; evidenceReference: string | null }[];
};

type StageAndConfidence = { stage: string; confidence: string | null };

/** An action's published history, reduced in the database to what the public pages show. */
export type ActionHistoryDigest = {
  actionId: number;
  /** The latest published update. */
  latest: ({ id: number; periodId: number | null; agencyId: number; publishedAt: Date } & StoredPublicContent) | null;
  /** When the latest update is in a finished stage: the first update of that stage's unbroken run. */
  finishedAt: Date | null;
  /** The newest update of the latest closed period or later (by period, else by New Zealand date). */
  covering: { periodId: number | null; publishedAt: Date; stage: string } | null;
  /** The newest update of the latest closed period or earlier, and of the previous closed period or earlier. */
  atLatestClosed: StageAndConfidence | null;
  atPreviousClosed: StageAndConfidence | null;
};

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function assemblePublicPlan(rows: PublicPlanRows, now: Date): PublicPlan {
  const agencySlug = new Map(rows.agencies.map((a) => [a.id, a.slug]));
  const focusNumber = new Map(rows.focusAreas.map((f) => [f.id, f.number]));
  const recNumber = new Map(rows.recommendations.map((r) => [r.id, r.number]));
  const wsNumber = new Map(rows.workstreams.map((w) => [w.id, w.number]));
  const actionCode = new Map(rows.actions.map((a) => [a.id, a.code]));
  const periodLabel = new Map(rows.periods.map((p) => [p.id, p.label]));
  const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
  const sortNumbers = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

  const recsOfWorkstream = groupBy(rows.workstreamRecs, (l) => l.workstreamId);
  const workstreamsOfRec = groupBy(rows.workstreamRecs, (l) => l.recommendationId);
  const closed = rows.periods.filter((p) => p.closedAt !== null).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const latestClosed = closed[0] ?? null;

  const evidenceOf = groupBy(rows.evidence, (e) => e.updateId);
  const completionsOf = groupBy(rows.completions, (c) => c.updateId);
  const milestonesOf = groupBy(rows.milestones, (m) => m.actionId);
  const milestonePosition = new Map(rows.milestones.map((m) => [m.id, m.position]));
  const digestOf = new Map(rows.digests.map((d) => [d.actionId, d]));
  const toUpdate = (u: NonNullable<ActionHistoryDigest["latest"]>, actionId: number): PublicUpdate => ({
    id: u.id,
    actionCode: actionCode.get(actionId)!,
    period: u.periodId === null ? null : (periodLabel.get(u.periodId) ?? null),
    publishedAt: u.publishedAt.toISOString(),
    agency: agencySlug.get(u.agencyId)!,
    ...publishedFields(u),
    evidence: (evidenceOf.get(u.id) ?? []).map((e) => ({
      title: e.title,
      url: e.url,
      documentReference: e.documentReference,
    })),
    milestonesCompleted: (completionsOf.get(u.id) ?? [])
      .map((c) => milestonePosition.get(c.milestoneId))
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b),
  });
  const statusOf = (s: { stage: string; confidence: string | null } | null): StatusAt =>
    s ? { stage: s.stage as Stage, confidence: s.confidence as Confidence | null } : null;
  const assessmentOf = new Map(rows.assessments.map((a) => [a.criterionId, a]));

  const actions: PublicAction[] = rows.actions
    .map((a) => {
      const digest = digestOf.get(a.id);
      const latest = digest?.latest ? toUpdate(digest.latest, a.id) : undefined;
      // The latest update, and the one that proves the latest closed period was reported on.
      const reported = [
        ...(latest && digest?.latest
          ? [{ periodId: digest.latest.periodId, publishedAt: latest.publishedAt, stage: latest.stage }]
          : []),
        ...(digest?.covering
          ? [
              {
                ...digest.covering,
                publishedAt: digest.covering.publishedAt.toISOString(),
                stage: digest.covering.stage as Stage,
              },
            ]
          : []),
      ];
      const milestones = (milestonesOf.get(a.id) ?? []).sort((x, y) => x.position - y.position);
      const workstream = wsNumber.get(a.workstreamId)!;
      return {
        code: a.code,
        title: a.title,
        titleMi: a.titleMi,
        description: a.description,
        workstream,
        recommendations: sortNumbers([
          ...(recsOfWorkstream.get(a.workstreamId) ?? []).map((l) => recNumber.get(l.recommendationId)!),
          ...rows.actionRecs.filter((l) => l.actionId === a.id).map((l) => recNumber.get(l.recommendationId)!),
        ]),
        leadAgency: agencySlug.get(a.leadAgencyId)!,
        contributingAgencies: rows.contributors
          .filter((c) => c.actionId === a.id)
          .map((c) => agencySlug.get(c.agencyId)!)
          .sort(),
        foundational: a.foundational,
        baselineStart: a.baselineStart,
        baselineDue: a.baselineDue,
        forecastDue: a.forecastDue,
        slipDays: slipDays(a),
        provenance: a.provenance as Provenance,
        sourceUrl: a.sourceUrl,
        predecessors: rows.dependencies
          .filter((d) => d.actionId === a.id)
          .map((d) => actionCode.get(d.predecessorId)!)
          .sort(compareActionCodes),
        successors: rows.dependencies
          .filter((d) => d.predecessorId === a.id)
          .map((d) => actionCode.get(d.actionId)!)
          .sort(compareActionCodes),
        milestones: milestones.map((m) => ({
          position: m.position,
          title: m.title,
          baselineDue: m.baselineDue,
          forecastDue: m.forecastDue,
          completedOn: m.completedOn,
        })),
        criteria: rows.criteria
          .filter((c) => c.actionId === a.id)
          .sort((x, y) => x.position - y.position)
          .map((c) => {
            const assessed = assessmentOf.get(c.id);
            return {
              position: c.position,
              description: c.description,
              met: assessed?.met ?? false,
              evidenceUrl: assessed?.met ? assessed.evidenceUrl : null,
              evidenceReference: assessed?.met ? assessed.evidenceReference : null,
            };
          }),
        progress: milestoneProgress(milestones.map((m) => ({ completedOn: m.completedOn, weight: m.weight }))),
        status: {
          stage: latest?.stage ?? null,
          confidence: latest?.confidence ?? null,
          systemState: deriveSystemState({
            updates: reported,
            periods: rows.periods,
            latestClosedPeriodId: latestClosed?.id ?? null,
          }),
          period: latest?.period ?? null,
          publishedAt: latest?.publishedAt ?? null,
          explanation: latest?.explanation ?? null,
          recoveryStep: latest?.recoveryStep ?? null,
          notProceedingReason: latest?.notProceedingReason ?? null,
        },
        latestUpdate: latest ?? null,
        finishedOn:
          latest && digest?.finishedAt
            ? finishedOn([latest, { stage: latest.stage, publishedAt: digest.finishedAt.toISOString() }])
            : null,
        closedStatus: {
          latest: statusOf(digest?.atLatestClosed ?? null),
          previous: statusOf(digest?.atPreviousClosed ?? null),
        },
      };
    })
    .sort((x, y) => compareActionCodes(x.code, y.code));

  // Only approved versions are public: a draft collecting change requests is not.
  const published = rows.versions.flatMap((v) =>
    v.state === "published" && v.effectiveOn && v.approvedBy
      ? [{ ...v, effectiveOn: v.effectiveOn, approvedBy: v.approvedBy }]
      : [],
  );
  const latestVersion = [...published].sort(
    (a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || compareActionCodes(b.version, a.version),
  )[0];
  return {
    plan: {
      title: rows.plan.title,
      titleMi: rows.plan.titleMi,
      strategyTitle: rows.plan.strategyTitle,
      strategyTitleMi: rows.plan.strategyTitleMi,
      startsOn: rows.plan.startsOn,
      endsOn: rows.plan.endsOn,
      approvedOn: rows.plan.approvedOn,
      approvedBy: rows.plan.approvedBy,
      version: latestVersion?.version ?? "1.0",
      provenance: rows.plan.provenance as Provenance,
      sourceUrl: rows.plan.sourceUrl,
      asAt: now.toISOString(),
    },
    versions: published.map((v) => ({
      version: v.version,
      effectiveOn: v.effectiveOn,
      summary: v.summary,
      approvedBy: v.approvedBy,
    })),
    agencies: rows.agencies.map((a) => ({
      slug: a.slug,
      acronym: a.acronym,
      name: a.name,
      nameMi: a.nameMi,
      websiteUrl: a.websiteUrl,
    })),
    focusAreas: rows.focusAreas
      .map((f) => ({
        number: f.number,
        title: f.title,
        titleMi: f.titleMi,
        description: f.description,
        provenance: f.provenance as Provenance,
        sourceUrl: f.sourceUrl,
      }))
      .sort(byNumber),
    recommendations: rows.recommendations
      .map((r) => ({
        number: r.number,
        title: r.title,
        titleMi: r.titleMi,
        description: r.description,
        provenance: r.provenance as Provenance,
        sourceUrl: r.sourceUrl,
        focusArea: focusNumber.get(r.focusAreaId)!,
        workstreams: sortNumbers((workstreamsOfRec.get(r.id) ?? []).map((l) => wsNumber.get(l.workstreamId)!)),
      }))
      .sort(byNumber),
    workstreams: rows.workstreams
      .map((w) => ({
        number: w.number,
        title: w.title,
        titleMi: w.titleMi,
        description: w.description,
        leadAgency: agencySlug.get(w.leadAgencyId)!,
        recommendations: sortNumbers((recsOfWorkstream.get(w.id) ?? []).map((l) => recNumber.get(l.recommendationId)!)),
        provenance: w.provenance as Provenance,
        sourceUrl: w.sourceUrl,
      }))
      .sort(byNumber),
    actions,
    periods: rows.periods.map((p) => ({
      label: p.label,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      dueAt: p.dueAt.toISOString(),
      closesAt: p.closesAt.toISOString(),
      closed: p.closedAt !== null,
    })),
    latestClosedPeriod: latestClosed?.label ?? null,
    previousClosedPeriod: closed[1]?.label ?? null,
  };
}
