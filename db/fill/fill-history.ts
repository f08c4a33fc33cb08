import { asc, count, sql } from "drizzle-orm";
import { addDays } from "../../lib/periods/calendar-date";
import { nzDateOf } from "../../lib/periods/nz-time";
import { quarterOf, quarterPeriod, type Quarter } from "../../lib/periods/quarters";
import type { Db } from "../client";
import { freezePeriod } from "../periods/freeze-period";
import { refreshSearchDocuments } from "../search/search-documents";
import { seedDemoUsers } from "../seed/demo-users";
import * as t from "../schema";
import { prng } from "./prng";
import { FILL_PLAN_SLUG, insertSyntheticPlan, insertSyntheticReadings } from "./synthetic-plan";
import { syntheticUpdates, type FillPeriod } from "./synthetic-updates";

export type FillOptions = {
  actions: number;
  periods: number;
  updatesPerAction: number;
  /** The filled history ends at the quarter containing `now`; periods that closed before it are frozen. */
  now?: Date;
  seed?: number;
  batchSize?: number;
  log?: (line: string) => void;
};

export type FillResult = {
  actions: number;
  periods: number;
  closedPeriods: number;
  updates: number;
  snapshots: number;
  users: number;
  seconds: number;
};

/** The `count` quarters ending with the one containing `now`, oldest first. */
export function quartersEndingAt(now: Date, count: number) {
  const current = quarterOf(nzDateOf(now));
  const last = current.year * 4 + current.quarter - 1;
  return Array.from({ length: count }, (_, k) => {
    const index = last - (count - 1) + k;
    return quarterPeriod(Math.floor(index / 4), ((index % 4) + 1) as Quarter);
  });
}

/** Why the database cannot be filled, or null: the filler only ever writes into an empty plan. */
export async function refusalToFill(db: Db): Promise<string | null> {
  const [[plans], [periods], [updates]] = await Promise.all([
    db.select({ n: count() }).from(t.plans),
    db.select({ n: count() }).from(t.reportingPeriods),
    db.select({ n: count() }).from(t.progressUpdates),
  ]);
  if (plans!.n + periods!.n + updates!.n === 0) return null;
  return (
    `The database already holds ${plans!.n} plan(s), ${periods!.n} reporting period(s) and ${updates!.n} update(s). ` +
    "The filler only fills an empty database and never changes existing data: point DATABASE_URL at a new database."
  );
}

/**
 * Fills an empty database with a synthetic plan and a long, deterministic reporting history, then closes
 * every past period (freezing its snapshot at its own close time) and creates the demo accounts.
 * Everything happens in one transaction: the database ends up either filled or unchanged.
 */
export async function fillHistory(db: Db, options: FillOptions): Promise<FillResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const batch = options.batchSize ?? 1000;
  const rng = prng(options.seed ?? 20261122);
  if (options.actions < 1 || options.periods < 1 || options.updatesPerAction < 1) {
    throw new RangeError("actions, periods and updates per action must each be at least 1.");
  }
  const refusal = await refusalToFill(db);
  if (refusal) throw new Error(refusal);

  const result = await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const quarters = quartersEndingAt(now, options.periods);
    const periodRows = await tx
      .insert(t.reportingPeriods)
      .values(quarters.map(({ year: _y, quarter: _q, ...p }) => p))
      .returning();
    periodRows.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    const periods: FillPeriod[] = periodRows.map((p) => ({
      id: p.id,
      opensAt: p.opensAt,
      graceUntil: p.graceUntil,
      closesAt: p.closesAt,
      closed: p.closesAt < now,
    }));
    const planStart = quarters[0]!.startsOn;
    const planEnd = addDays(quarters[quarters.length - 1]!.endsOn, 730);
    const structure = await insertSyntheticPlan(tx, options.actions, planStart, planEnd, rng);
    log(
      `Plan: ${structure.agencies} agencies, 8 workstreams, ${structure.actions.length} actions, ${periods.length} periods.`,
    );
    const readings = await insertSyntheticReadings(tx, periods, rng);
    log(`Indicators: ${structure.indicators}, readings: ${readings}.`);

    const criteria = await tx
      .select({ id: t.completionCriteria.id, actionId: t.completionCriteria.actionId })
      .from(t.completionCriteria);
    const criteriaBy = new Map<number, number[]>();
    for (const c of criteria) criteriaBy.set(c.actionId, [...(criteriaBy.get(c.actionId) ?? []), c.id]);
    const milestones = await tx
      .select({ id: t.milestones.id, actionId: t.milestones.actionId, position: t.milestones.position })
      .from(t.milestones);
    const milestoneId = new Map(milestones.map((m) => [`${m.actionId}:${m.position}`, m.id]));

    const total = structure.actions.length * options.updatesPerAction;
    let written = 0;
    let pending: ReturnType<typeof syntheticUpdates> = [];
    const flush = async () => {
      if (!pending.length) return;
      const ids = await tx
        .insert(t.progressUpdates)
        .values(pending.map((u) => u.row))
        .returning({ id: t.progressUpdates.id });
      const completions = pending.flatMap((u, k) =>
        u.completesMilestones.map((position) => ({
          updateId: ids[k]!.id,
          milestoneId: milestoneId.get(`${u.row.actionId}:${position}`)!,
          completedOn: nzDateOf(u.row.publishedAt!),
        })),
      );
      if (completions.length) await tx.insert(t.updateMilestoneCompletions).values(completions);
      const assessments = pending.flatMap((u, k) =>
        u.meetsCriteria
          ? (criteriaBy.get(u.row.actionId) ?? []).map((criterionId) => ({
              updateId: ids[k]!.id,
              criterionId,
              met: true,
              evidenceUrl: "https://example.org/evidence/synthetic",
            }))
          : [],
      );
      if (assessments.length) await tx.insert(t.updateCriterionAssessments).values(assessments);
      written += pending.length;
      pending = [];
      if (written % (batch * 20) < batch || written === total) log(`Updates: ${written} / ${total}`);
    };
    for (const action of structure.actions) {
      for (const u of syntheticUpdates(action, periods, options.updatesPerAction, now, rng)) {
        pending.push(u);
        if (pending.length >= batch) await flush();
      }
    }
    await flush();
    await refreshSearchDocuments(tx, { at: now });
    log("Search documents built.");
    await tx.execute(sql`analyze`);

    let snapshots = 0;
    const due = periodRows.filter((p) => p.closesAt < now);
    for (const [k, p] of due.entries()) {
      const frozen = await freezePeriod(tx, p.id, p.closesAt);
      snapshots += frozen.actions;
      log(`Closed ${p.label} (${k + 1} / ${due.length}): ${frozen.actions} action snapshots.`);
    }
    const users = await seedDemoUsers(tx);
    await tx.insert(t.auditEvents).values({
      actorLabel: "system: history filler",
      entity: "plan",
      entityId: FILL_PLAN_SLUG,
      event: "plan.synthetic_history_filled",
      after: { actions: options.actions, periods: options.periods, updatesPerAction: options.updatesPerAction },
      reason: "Synthetic history for benchmarks.",
    });
    return {
      actions: structure.actions.length,
      periods: periods.length,
      closedPeriods: due.length,
      updates: written,
      snapshots,
      users,
    };
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/** The period slug used in URLs (`2026 Q3` → `2026-q3`) of the latest closed period, if any. */
export async function latestClosedPeriodSlug(db: Db): Promise<string | null> {
  const rows = await db
    .select({ label: t.reportingPeriods.label, closedAt: t.reportingPeriods.closedAt })
    .from(t.reportingPeriods)
    .orderBy(asc(t.reportingPeriods.startsOn));
  const closed = rows.filter((r) => r.closedAt);
  const label = closed[closed.length - 1]?.label;
  return label ? label.toLowerCase().replace(/\s+/g, "-") : null;
}
