import type { ActionAtRisk } from "@/lib/dependencies/dependency-graph";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { openRisksOf } from "@/lib/dependencies/open-risks";
import { isFinishedStage } from "@/lib/status/vocabulary";
import type { PublicAction } from "./types";

/** Complete, completed – modified or not proceeding, as last published. */
export const isFinished = (a: Pick<PublicAction, "status">) => isFinishedStage(a.status.stage);

/**
 * Open actions put at risk by a predecessor that is due (forecast, else baseline) after they were
 * meant to start. A predecessor already finished no longer holds anything up, and a finished
 * successor is past being at risk.
 */
export function openDependencyRisks(actions: PublicAction[]): ActionAtRisk[] {
  return openRisksOf(actions.map((a) => ({ ...a, finished: isFinished(a) })));
}

export type FoundationalRisk = { action: PublicAction; successorsAtRisk: ActionAtRisk[] };

/**
 * Each foundational action with the open actions it holds up: directly (it is due after they start)
 * or further down the chain (through a successor that is itself at risk because of it).
 */
export function foundationalRisks(actions: PublicAction[]): FoundationalRisk[] {
  const risks = openDependencyRisks(actions);
  return actions
    .filter((a) => a.foundational)
    .map((action) => {
      const held = new Set(risks.filter((r) => r.cause.some((c) => c.predecessor === action.code)).map((r) => r.code));
      let grew = held.size > 0;
      while (grew) {
        grew = false;
        for (const r of risks) {
          if (!held.has(r.code) && r.via.some((v) => held.has(v))) {
            held.add(r.code);
            grew = true;
          }
        }
      }
      return { action, successorsAtRisk: risks.filter((r) => held.has(r.code)) };
    });
}

/**
 * Foundational actions holding up the most open work first; among equals, unfinished ones before
 * finished ones, then by code. The ones that hold nothing up come last.
 */
export function mostHeldUpFirst(risks: readonly FoundationalRisk[]): FoundationalRisk[] {
  return [...risks].sort(
    (a, b) =>
      b.successorsAtRisk.length - a.successorsAtRisk.length ||
      Number(isFinished(a.action)) - Number(isFinished(b.action)) ||
      compareActionCodes(a.action.code, b.action.code),
  );
}

/** The home page's list and its full list (/foundational): every foundational action, most held up first. */
export const foundationalMostHeldUpFirst = (actions: PublicAction[]): FoundationalRisk[] =>
  mostHeldUpFirst(foundationalRisks(actions));
