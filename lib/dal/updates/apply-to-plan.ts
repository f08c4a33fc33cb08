import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { LoadedUpdate } from "./load";
import type { Tx } from "./tx";

export type PlanChanges = {
  actionForecastDue: { from: string | null; to: string } | null;
  milestones: { id: number; from: string | null; to: string }[];
  /** Milestone forecast due dates the update moves. */
  milestoneForecasts: { id: number; from: string | null; to: string }[];
};

/**
 * What publishing this update changes in the plan: the action's forecast due date (when the update
 * gives one), the completion date of each milestone it reports done, and each milestone forecast
 * it moves. Computed before writing,
 * so the audit event can record it.
 */
export async function planChangesFor(tx: Tx, loaded: LoadedUpdate): Promise<PlanChanges> {
  const [completions, forecasts] = await Promise.all([
    tx.select().from(t.updateMilestoneCompletions).where(eq(t.updateMilestoneCompletions.updateId, loaded.row.id)),
    tx.select().from(t.updateMilestoneForecasts).where(eq(t.updateMilestoneForecasts.updateId, loaded.row.id)),
  ]);
  const forecast = loaded.row.forecastDue;
  return {
    actionForecastDue:
      forecast && forecast !== loaded.action.forecastDue ? { from: loaded.action.forecastDue, to: forecast } : null,
    milestones: completions.flatMap((c) => {
      const milestone = loaded.action.milestones.find((m) => m.id === c.milestoneId);
      if (!milestone || milestone.completedOn === c.completedOn) return [];
      return [{ id: milestone.id, from: milestone.completedOn, to: c.completedOn }];
    }),
    milestoneForecasts: forecasts.flatMap((f) => {
      const milestone = loaded.action.milestones.find((m) => m.id === f.milestoneId);
      if (!milestone || milestone.forecastDue === f.forecastDue) return [];
      return [{ id: milestone.id, from: milestone.forecastDue, to: f.forecastDue }];
    }),
  };
}

export function hasPlanChanges(changes: PlanChanges): boolean {
  return changes.actionForecastDue !== null || changes.milestones.length > 0 || changes.milestoneForecasts.length > 0;
}

export async function applyPlanChanges(tx: Tx, actionId: number, changes: PlanChanges, now: Date): Promise<void> {
  if (changes.actionForecastDue) {
    await tx
      .update(t.actions)
      .set({ forecastDue: changes.actionForecastDue.to, updatedAt: now })
      .where(eq(t.actions.id, actionId));
  }
  for (const m of changes.milestones) {
    await tx.update(t.milestones).set({ completedOn: m.to, updatedAt: now }).where(eq(t.milestones.id, m.id));
  }
  for (const m of changes.milestoneForecasts) {
    await tx.update(t.milestones).set({ forecastDue: m.to, updatedAt: now }).where(eq(t.milestones.id, m.id));
  }
}
