import { actionsAtRisk, type ActionAtRisk, type ScheduledAction } from "./dependency-graph";

/** An action with its schedule, what it waits for, and whether it is finished (complete or not proceeding). */
export type ScheduledWithDeps = ScheduledAction & { predecessors: readonly string[]; finished: boolean };

/**
 * Open actions put at risk by a predecessor that is due (forecast, else baseline) after they were
 * meant to start. A predecessor already finished no longer holds anything up, and a finished
 * successor is past being at risk. Predecessors outside the list are ignored.
 */
export function openRisksOf(actions: readonly ScheduledWithDeps[]): ActionAtRisk[] {
  const byCode = new Map(actions.map((a) => [a.code, a]));
  const edges = actions.flatMap((a) =>
    a.predecessors
      .filter((p) => byCode.has(p) && !byCode.get(p)!.finished)
      .map((p) => ({ action: a.code, predecessor: p })),
  );
  return actionsAtRisk([...actions], edges).filter((r) => !byCode.get(r.code)!.finished);
}
