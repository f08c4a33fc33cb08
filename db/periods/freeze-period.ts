import { asc, eq, sql, type SQL } from "drizzle-orm";
import { releasedState, visibleAt } from "../visibility";
import { compareActionCodes } from "../../lib/rollup/compare-action-codes";
import {
  assembleActionSnapshot,
  SNAPSHOT_VERSION,
  type ActionSnapshot,
  type ActionSnapshotInput,
  type IndicatorSnapshot,
  type SnapshotPeriod,
} from "../../lib/periods/snapshot";
import type { Confidence, Stage, UpdateState } from "../../lib/status/vocabulary";
import type { Db } from "../client";
import { rowsOf } from "../rows";
import * as t from "../schema";

type LatestRow = {
  action_id: number;
  id: number;
  stage: Stage;
  confidence: Confidence | null;
  public_narrative: string;
  explanation: string | null;
  recovery_step: string | null;
  not_proceeding_reason: string | null;
  risks: string;
  next_steps: string;
  published_at: Date | string;
  period_label: string | null;
};

type MilestoneRow = {
  action_id: number;
  title: string;
  baseline_due: string;
  forecast_due: string | null;
  completed_on: string | null;
  weight: number;
  completed_by: string | null;
  completed_ever: boolean;
};

type ForecastRow = {
  action_id: number;
  forecast_by: string | null;
  forecast_ever: boolean;
  plan_forecast: string | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();
const dateText = (d: unknown) => (d === null || d === undefined ? null : String(d).slice(0, 10));

/**
 * Each action's latest update published at `at`, found through the partial index on
 * (action, published_at); scripts/bench/explain.ts checks its plan stays an index scan.
 */
export function latestPublishedAt(at: string): SQL {
  return sql`
    select a.id as action_id, u.id, u.stage, u.confidence, u.public_narrative, u.explanation, u.recovery_step,
           u.not_proceeding_reason, u.risks, u.next_steps, u.published_at, p.label as period_label
    from actions a
    join lateral (
      select * from progress_updates pu
      where pu.action_id = a.id and ${visibleAt("pu", at)}
      order by pu.published_at desc, pu.id desc limit 1
    ) u on true
    left join reporting_periods p on p.id = u.period_id`;
}

/**
 * Everything the period's snapshot says about each action, as published at `at` (the close). Each
 * action's latest published update is found through the partial index on (action, published_at),
 * one probe per action, so the cost grows with the number of actions, not with the history.
 */
async function actionInputs(
  db: Db,
  period: SnapshotPeriod,
  at: Date,
): Promise<(ActionSnapshotInput & { actionId: number })[]> {
  const atText = at.toISOString();
  const [actions, deps, latest, covering, forecasts, milestones, periodUpdates] = await Promise.all([
    db
      .select({
        id: t.actions.id,
        code: t.actions.code,
        title: t.actions.title,
        titleMi: t.actions.titleMi,
        foundational: t.actions.foundational,
        baselineStart: t.actions.baselineStart,
        baselineDue: t.actions.baselineDue,
        wsNumber: t.workstreams.number,
        wsTitle: t.workstreams.title,
        agencyId: t.agencies.id,
        acronym: t.agencies.acronym,
        agencyName: t.agencies.name,
      })
      .from(t.actions)
      .innerJoin(t.workstreams, eq(t.workstreams.id, t.actions.workstreamId))
      .innerJoin(t.agencies, eq(t.agencies.id, t.actions.leadAgencyId)),
    db
      .select({ actionId: t.actionDependencies.actionId, code: t.actions.code })
      .from(t.actionDependencies)
      .innerJoin(t.actions, eq(t.actions.id, t.actionDependencies.predecessorId)),
    db.execute(latestPublishedAt(atText)),
    db.execute(sql`
      select distinct u.action_id from progress_updates u
      where ${visibleAt("u", atText)}
        and (u.period_id in (select rp.id from reporting_periods rp where rp.starts_on >= ${period.startsOn}::date)
             or (u.period_id is null
                 and (u.published_at at time zone 'Pacific/Auckland')::date >= ${period.startsOn}::date))`),
    db.execute(sql`
      select a.id as action_id, a.forecast_due as plan_forecast,
        (select pu.forecast_due from progress_updates pu
          where pu.action_id = a.id and ${visibleAt("pu", atText)} and pu.forecast_due is not null
          order by pu.published_at desc, pu.id desc limit 1) as forecast_by,
        exists (select 1 from progress_updates pu
          where pu.action_id = a.id and ${releasedState("pu")} and pu.forecast_due is not null) as forecast_ever
      from actions a`),
    db.execute(sql`
      select m.action_id, m.title, m.baseline_due, m.forecast_due, m.completed_on, m.weight,
        (select min(c.completed_on) from update_milestone_completions c
          join progress_updates pu on pu.id = c.update_id
          where c.milestone_id = m.id and ${visibleAt("pu", atText)}
        ) as completed_by,
        exists (select 1 from update_milestone_completions c
          join progress_updates pu on pu.id = c.update_id
          where c.milestone_id = m.id and ${releasedState("pu")}) as completed_ever
      from milestones m order by m.action_id, m.position`),
    db
      .select({
        actionId: t.progressUpdates.actionId,
        state: t.progressUpdates.state,
        submittedAt: t.progressUpdates.submittedAt,
        publishedAt: t.progressUpdates.publishedAt,
      })
      .from(t.progressUpdates)
      .where(eq(t.progressUpdates.periodId, period.id)),
  ]);

  const group = <R, K>(rows: R[], key: (r: R) => K) => {
    const map = new Map<K, R[]>();
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return map;
  };
  const latestBy = new Map(rowsOf<LatestRow>(latest).map((r) => [r.action_id, r]));
  const covered = new Set(rowsOf<{ action_id: number }>(covering).map((r) => r.action_id));
  const forecastBy = new Map(rowsOf<ForecastRow>(forecasts).map((r) => [r.action_id, r]));
  const milestonesBy = group(rowsOf<MilestoneRow>(milestones), (r) => r.action_id);
  const depsBy = group(deps, (r) => r.actionId);
  const updatesBy = group(periodUpdates, (r) => r.actionId);
  const nzDateAt = at.toLocaleDateString("en-CA", { timeZone: "Pacific/Auckland" });

  return actions
    .sort((x, y) => compareActionCodes(x.code, y.code))
    .map((a) => {
      const l = latestBy.get(a.id);
      const f = forecastBy.get(a.id);
      return {
        actionId: a.id,
        action: {
          code: a.code,
          title: a.title,
          titleMi: a.titleMi,
          workstream: { number: a.wsNumber, title: a.wsTitle },
          leadAgency: { id: a.agencyId, acronym: a.acronym, name: a.agencyName },
          foundational: a.foundational,
          predecessors: (depsBy.get(a.id) ?? []).map((d) => d.code).sort(compareActionCodes),
          baselineStart: a.baselineStart,
          baselineDue: a.baselineDue,
        },
        latest: l
          ? {
              id: l.id,
              stage: l.stage,
              confidence: l.confidence,
              periodLabel: l.period_label,
              publishedAt: iso(l.published_at),
              publicNarrative: l.public_narrative,
              explanation: l.explanation,
              recoveryStep: l.recovery_step,
              notProceedingReason: l.not_proceeding_reason,
              risks: l.risks,
              nextSteps: l.next_steps,
            }
          : null,
        coversPeriod: covered.has(a.id),
        // A forecast published by the close; a forecast set in the plan itself (never by an update) stands.
        forecastDue: dateText(f?.forecast_by) ?? (f && !f.forecast_ever ? dateText(f.plan_forecast) : null),
        milestones: (milestonesBy.get(a.id) ?? []).map((m) => {
          const planDone = !m.completed_ever && m.completed_on && dateText(m.completed_on)! <= nzDateAt;
          return {
            title: m.title,
            baselineDue: dateText(m.baseline_due)!,
            forecastDue: dateText(m.forecast_due),
            completedOn: dateText(m.completed_by) ?? (planDone ? dateText(m.completed_on) : null),
            weight: Number(m.weight),
          };
        }),
        periodUpdates: (updatesBy.get(a.id) ?? []).map((u) => ({
          state: u.state as UpdateState,
          submittedAt: u.submittedAt,
          publishedAt: u.publishedAt,
        })),
      };
    });
}

async function indicatorSnapshots(
  db: Db,
  period: SnapshotPeriod,
): Promise<{ id: number; payload: IndicatorSnapshot }[]> {
  const [indicators, readings, previous] = await Promise.all([
    db
      .select({ indicator: t.indicators, owner: t.agencies.acronym })
      .from(t.indicators)
      .innerJoin(t.agencies, eq(t.agencies.id, t.indicators.ownerAgencyId))
      .orderBy(asc(t.indicators.code)),
    db.select().from(t.indicatorReadings).where(eq(t.indicatorReadings.periodId, period.id)),
    db.execute(sql`
      select distinct on (r.indicator_id) r.indicator_id, r.value, p.label
      from indicator_readings r join reporting_periods p on p.id = r.period_id
      where r.breakdown_kind = 'total' and p.starts_on < ${period.startsOn}::date
      order by r.indicator_id, p.starts_on desc`),
  ]);
  const previousBy = new Map(
    rowsOf<{ indicator_id: number; value: string | number; label: string }>(previous).map((r) => [r.indicator_id, r]),
  );
  return indicators.map(({ indicator: i, owner }) => {
    const prev = previousBy.get(i.id);
    return {
      id: i.id,
      payload: {
        v: SNAPSHOT_VERSION,
        code: i.code,
        title: i.title,
        titleMi: i.titleMi,
        unit: i.unit,
        direction: i.direction,
        baseline: { value: i.baselineValue, date: i.baselineDate },
        target: { value: i.targetValue, date: i.targetDate },
        dataSource: i.dataSource,
        ownerAgency: owner,
        readings: readings
          .filter((r) => r.indicatorId === i.id)
          .map((r) => ({ breakdownKind: r.breakdownKind, breakdownValue: r.breakdownValue, value: r.value }))
          .sort((x, y) => (x.breakdownKind + x.breakdownValue).localeCompare(y.breakdownKind + y.breakdownValue)),
        previous: prev ? { periodLabel: prev.label, value: Number(prev.value) } : null,
      },
    };
  });
}

export type FrozenPeriod = { periodId: number; actions: number; indicators: number };

/**
 * Closes a period and freezes its snapshot, as published at `at`, in the caller's transaction.
 * Written once: the migration makes snapshots and closed periods refuse any later change.
 * Refuses a period that is already closed.
 */
export async function freezePeriod(tx: Db, periodId: number, at: Date): Promise<FrozenPeriod> {
  const [row] = await tx.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.id, periodId)).for("update");
  if (!row) throw new Error(`No reporting period ${periodId}.`);
  if (row.closedAt) throw new Error(`Reporting period ${row.label} is already closed.`);
  const period: SnapshotPeriod = {
    id: row.id,
    label: row.label,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    dueAt: row.dueAt,
    graceUntil: row.graceUntil,
  };
  const inputs = await actionInputs(tx, period, at);
  const snapshots: { periodId: number; actionId: number; payload: ActionSnapshot; frozenAt: Date }[] = inputs.map(
    ({ actionId, ...input }) => ({
      periodId,
      actionId,
      payload: assembleActionSnapshot(input, period, at),
      frozenAt: at,
    }),
  );
  for (let i = 0; i < snapshots.length; i += 500) {
    await tx.insert(t.periodSnapshots).values(snapshots.slice(i, i + 500));
  }
  const indicators = await indicatorSnapshots(tx, period);
  if (indicators.length) {
    await tx
      .insert(t.periodIndicatorSnapshots)
      .values(indicators.map((s) => ({ periodId, indicatorId: s.id, payload: s.payload, frozenAt: at })));
  }
  await tx.update(t.reportingPeriods).set({ closedAt: at, updatedAt: at }).where(eq(t.reportingPeriods.id, periodId));
  return { periodId, actions: snapshots.length, indicators: indicators.length };
}
