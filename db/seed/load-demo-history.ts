import type { Db } from "../client";
import * as t from "../schema";
import type { DemoPlan, SeedAction, SeedStoryEntry } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type PeriodRow = typeof t.reportingPeriods.$inferSelect;

/** Deterministic spread of demo publishing times, so the history looks like real reporting. */
function offsetDays(code: string, index: number): number {
  let h = index * 7;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return h % 9;
}

/** The demo update history and indicator readings, placed in the periods that exist. */
export async function loadDemoHistory(db: Db, demo: DemoPlan, now: Date): Promise<void> {
  const periods = await db.select().from(t.reportingPeriods);
  const periodByLabel = new Map(periods.map((p) => [p.label, p]));
  const actions = await db
    .select({ id: t.actions.id, code: t.actions.code, leadAgencyId: t.actions.leadAgencyId })
    .from(t.actions);
  const actionByCode = new Map(actions.map((a) => [a.code, a]));
  const criteria = await db.select().from(t.completionCriteria);
  const milestones = await db.select().from(t.milestones);

  for (const seedAction of demo.actions) {
    const action = actionByCode.get(seedAction.code)!;
    for (const [index, entry] of seedAction.story.entries()) {
      const period = periodByLabel.get(entry.period);
      if (!period) continue; // a quarter that has not begun yet on the day the seed runs
      const [update] = await db
        .insert(t.progressUpdates)
        .values(updateRow(seedAction, entry, index, period, action, now))
        .returning({ id: t.progressUpdates.id });
      const updateId = update!.id;
      if (entry.evidence?.length)
        await db.insert(t.updateEvidence).values(entry.evidence.map((e) => ({ ...e, updateId })));
      if (entry.criteriaMet?.length)
        await db.insert(t.updateCriterionAssessments).values(
          entry.criteriaMet.map((c) => ({
            updateId,
            criterionId: criteria.find((r) => r.actionId === action.id && r.position === c.criterion)!.id,
            met: true,
            evidenceUrl: c.evidenceUrl,
            evidenceReference: c.evidenceReference,
          })),
        );
      if (entry.completesMilestones?.length)
        await db.insert(t.updateMilestoneCompletions).values(
          entry.completesMilestones.map((position) => {
            const m = milestones.find((r) => r.actionId === action.id && r.position === position)!;
            return { updateId, milestoneId: m.id, completedOn: m.completedOn ?? period.endsOn };
          }),
        );
    }
  }

  const indicators = await db.select({ id: t.indicators.id, code: t.indicators.code }).from(t.indicators);
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i.id]));
  const readings = demo.indicators.flatMap((ind) =>
    ind.readings.flatMap((r) => {
      const period = periodByLabel.get(r.period);
      if (!period || period.opensAt > now) return [];
      const base = { indicatorId: indicatorByCode.get(ind.code)!, periodId: period.id };
      return [
        { ...base, breakdownKind: "total", breakdownValue: "", value: r.value },
        ...Object.entries(r.byGroup ?? {}).map(([g, value]) => ({
          ...base,
          breakdownKind: "population_group",
          breakdownValue: g,
          value: value!,
        })),
        ...Object.entries(r.byRegion ?? {}).map(([region, value]) => ({
          ...base,
          breakdownKind: "region",
          breakdownValue: region,
          value,
        })),
      ];
    }),
  );
  if (readings.length) await db.insert(t.indicatorReadings).values(readings);
}

function updateRow(
  action: SeedAction,
  entry: SeedStoryEntry,
  index: number,
  period: PeriodRow,
  row: { id: number; leadAgencyId: number },
  now: Date,
): typeof t.progressUpdates.$inferInsert {
  const state = entry.state ?? "published";
  // Reported shortly before the period's due date, never in the future.
  const written = new Date(
    Math.min(period.dueAt.getTime() - offsetDays(action.code, index) * DAY, now.getTime() - 2 * HOUR),
  );
  const published = state === "published";
  const reachedApproval = published || state === "agency_approved";
  const returned = state === "changes_requested";
  const submitted = reachedApproval || returned || state === "submitted";
  return {
    actionId: row.id,
    periodId: period.id,
    agencyId: row.leadAgencyId,
    state,
    stage: entry.stage,
    confidence: entry.confidence,
    publicNarrative: entry.narrative,
    internalNotes: entry.internalNotes ?? "",
    risks: entry.risks ?? "",
    nextSteps: entry.nextSteps ?? "",
    explanation: entry.explanation,
    recoveryStep: entry.recoveryStep,
    notProceedingReason: entry.notProceedingReason,
    forecastDue: entry.forecastDue,
    submittedAt: submitted ? new Date(written.getTime() - 4 * DAY) : null,
    approvedAt: reachedApproval ? new Date(written.getTime() - 2 * DAY) : null,
    returnedAt: returned ? new Date(written.getTime() - 1 * DAY) : null,
    returnReason: returned ? (entry.returnReason ?? null) : null,
    publishedAt: published ? written : null,
    createdAt: new Date(written.getTime() - 6 * DAY),
    updatedAt: written,
  };
}
