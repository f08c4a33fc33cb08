import { eq, inArray } from "drizzle-orm";
import { seedDemoStocktakeRound } from "./demo-stocktake-round";
import type { Db } from "../client";
import * as t from "../schema";
import type { DemoPlan } from "./types";
import { closeDuePeriods } from "../../lib/periods/close-due-periods";
import { ensureQuarterlyPeriods } from "./ensure-periods";
import { loadDemoHistory } from "./load-demo-history";
import { seedDemoStocktake } from "./load-demo-stocktake";
import { refreshSearchDocuments } from "../search/search-documents";

export type SeedResult = { seeded: boolean; periodsAdded: number; periodsClosed: number };

/**
 * Loads the demo plan in one transaction. Idempotent: when the plan is already there it only adds
 * reporting periods that have come due since, so running it twice changes nothing.
 */
export async function seedDemoPlan(db: Db, plan: DemoPlan, now = new Date()): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.slug, plan.plan.slug));
    const periods = await ensureQuarterlyPeriods(tx as unknown as Db, now);
    if (existing.length > 0) {
      const closed = await closeDuePeriods(tx as unknown as Db, now);
      return { seeded: false, periodsAdded: periods.added, periodsClosed: closed.length };
    }
    await loadStructure(tx as unknown as Db, plan);
    await loadDemoHistory(tx as unknown as Db, plan, now);
    await seedDemoStocktakeRound(tx as unknown as Db, now);
    await seedDemoStocktake(tx as unknown as Db, now);
    await refreshSearchDocuments(tx as unknown as Db, { at: now });
    // Past quarters close after their history is in, so each snapshot shows what was published.
    const closed = await closeDuePeriods(tx as unknown as Db, now);
    await tx.insert(t.auditEvents).values({
      actorLabel: "system: demo seed",
      entity: "plan",
      entityId: plan.plan.slug,
      event: "plan.seeded",
      after: { actions: plan.actions.length, indicators: plan.indicators.length },
      reason: "Demo mode: illustrative plan loaded into an empty database.",
    });
    return { seeded: true, periodsAdded: periods.added, periodsClosed: closed.length };
  });
}

function mapBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((r) => [key(r), r]));
}

function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo plan refers to unknown ${what} "${String(key)}".`);
  return value;
}

async function loadStructure(db: Db, demo: DemoPlan): Promise<void> {
  const agencyRows = await db.insert(t.agencies).values(demo.agencies).returning();
  const agencyId = new Map(agencyRows.map((a) => [a.slug, a.id]));
  const agency = (slug: string) => must(agencyId, slug, "agency");

  const [planRow] = await db.insert(t.plans).values(demo.plan).returning({ id: t.plans.id });
  const planId = planRow!.id;

  await db.insert(t.planVersions).values(demo.versions.map((v) => ({ ...v, planId })));

  const focusRows = await db
    .insert(t.focusAreas)
    .values(demo.focusAreas.map((f) => ({ ...f, planId })))
    .returning();
  const focusId = new Map(focusRows.map((f) => [f.number, f.id]));

  const recRows = await db
    .insert(t.recommendations)
    .values(
      demo.recommendations.map(({ focusArea, ...r }) => ({
        ...r,
        planId,
        focusAreaId: must(focusId, focusArea, "focus area"),
      })),
    )
    .returning();
  const recId = new Map(recRows.map((r) => [r.number, r.id]));
  const rec = (n: number) => must(recId, n, "recommendation");

  const wsRows = await db
    .insert(t.workstreams)
    .values(
      demo.workstreams.map(({ leadAgency, recommendations: _links, ...w }) => ({
        ...w,
        planId,
        leadAgencyId: agency(leadAgency),
      })),
    )
    .returning();
  const wsId = new Map(wsRows.map((w) => [w.number, w.id]));
  await db
    .insert(t.workstreamRecommendations)
    .values(
      demo.workstreams.flatMap((w) =>
        w.recommendations.map((n) => ({ workstreamId: must(wsId, w.number, "workstream"), recommendationId: rec(n) })),
      ),
    );

  const actionRows = await db
    .insert(t.actions)
    .values(
      demo.actions.map((a) => ({
        planId,
        code: a.code,
        workstreamId: must(wsId, Number(a.code.split(".")[0]), "workstream"),
        title: a.title,
        titleMi: a.titleMi,
        description: a.description,
        leadAgencyId: agency(a.leadAgency),
        foundational: a.foundational ?? false,
        baselineStart: a.baselineStart,
        baselineDue: a.baselineDue,
        forecastDue: a.forecastDue,
        provenance: a.provenance,
        sourceUrl: a.sourceUrl,
      })),
    )
    .returning({ id: t.actions.id, code: t.actions.code });
  const actionId = mapBy(actionRows, (r) => r.code);
  const action = (code: string) => must(actionId, code, "action").id;

  const contributors = demo.actions.flatMap((a) =>
    a.contributors.map((s) => ({ actionId: action(a.code), agencyId: agency(s) })),
  );
  if (contributors.length) await db.insert(t.actionContributors).values(contributors);
  const extraRecs = demo.actions.flatMap((a) =>
    (a.recommendations ?? []).map((n) => ({ actionId: action(a.code), recommendationId: rec(n) })),
  );
  if (extraRecs.length) await db.insert(t.actionRecommendations).values(extraRecs);
  const deps = demo.actions.flatMap((a) =>
    (a.predecessors ?? []).map((p) => ({ actionId: action(a.code), predecessorId: action(p) })),
  );
  if (deps.length) await db.insert(t.actionDependencies).values(deps);
  await db
    .insert(t.completionCriteria)
    .values(
      demo.actions.flatMap((a) =>
        a.criteria.map((description, i) => ({ actionId: action(a.code), position: i + 1, description })),
      ),
    );
  await db
    .insert(t.milestones)
    .values(
      demo.actions.flatMap((a) => a.milestones.map((m, i) => ({ ...m, actionId: action(a.code), position: i + 1 }))),
    );

  for (const ind of demo.indicators) {
    const { actions: linkedActions, recommendations: linkedRecs, readings: _readings, ownerAgency, ...fields } = ind;
    const [row] = await db
      .insert(t.indicators)
      .values({ ...fields, ownerAgencyId: agency(ownerAgency) })
      .returning({ id: t.indicators.id });
    if (linkedActions.length)
      await db
        .insert(t.indicatorActions)
        .values(linkedActions.map((c) => ({ indicatorId: row!.id, actionId: action(c) })));
    if (linkedRecs.length)
      await db
        .insert(t.indicatorRecommendations)
        .values(linkedRecs.map((n) => ({ indicatorId: row!.id, recommendationId: rec(n) })));
  }

  const versionRows = await db.select().from(t.planVersions).where(eq(t.planVersions.planId, planId));
  const versionId = new Map(versionRows.map((v) => [v.version, v.id]));
  if (demo.changeRequests.length)
    await db.insert(t.changeRequests).values(
      demo.changeRequests.map((c) => ({
        planId,
        kind: c.kind,
        entity: "action",
        entityKey: c.action ?? null,
        actionId: c.action ? action(c.action) : null,
        planVersionId: must(versionId, c.version, "plan version"),
        state: "approved",
        summary: c.summary,
        reason: c.reason,
        approvingBody: c.approvingBody,
        decidedAt: new Date(`${c.decidedOn}T00:00:00Z`),
      })),
    );
  // An approved stop leaves the action in the plan, not proceeding (its code is never reused).
  const stopped = demo.changeRequests.filter((c) => c.kind === "stop" && c.action).map((c) => action(c.action!));
  if (stopped.length)
    await db.update(t.actions).set({ planState: "not_proceeding" }).where(inArray(t.actions.id, stopped));
}
