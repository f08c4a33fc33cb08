/**
 * How an action sits among its predecessors and successors, for the action page, seen from either end
 * of each dependency. The days are plain date arithmetic; whether a pair is flagged is the one
 * dependency-risk rule (lib/dependencies/open-risks.ts, as the dashboard and the timeline apply it):
 * the predecessor is due (forecast, else baseline) after the successor was meant to start, and
 * neither is finished.
 */
import { daysBetween } from "@/lib/periods/calendar-date";
import { effectiveDue } from "@/lib/dependencies/dependency-graph";
import { openDependencyRisks } from "./dependency-risk";
import type { PublicAction } from "./types";

/** Whether `predecessor` holds `successor` up. */
type HeldUp = (successor: string, predecessor: string) => boolean;

type Scheduled = Pick<
  PublicAction,
  "code" | "title" | "baselineStart" | "baselineDue" | "forecastDue" | "foundational"
>;

export type PredecessorLink = {
  code: string;
  title: string;
  foundational: boolean;
  /** The predecessor's forecast due, or its baseline when it has no forecast. */
  effectiveDue: string;
  /** Days the predecessor is due after this action's baseline start; 0 when it is not late. */
  daysLate: number;
  late: boolean;
};

export type SuccessorLink = {
  code: string;
  title: string;
  foundational: boolean;
  startsOn: string;
  /** Days the successor starts before this action's effective due; 0 when it can start on time. */
  daysOverlap: number;
  late: boolean;
};

export type ActionRelations = { predecessors: PredecessorLink[]; successors: SuccessorLink[] };

function lookup(actions: readonly Scheduled[]): (code: string) => Scheduled | undefined {
  const byCode = new Map(actions.map((a) => [a.code, a]));
  return (code) => byCode.get(code);
}

/** Each predecessor, with how many days it is due after `action`'s baseline start. */
export function predecessorLinks(
  action: Pick<PublicAction, "code" | "baselineStart" | "predecessors">,
  actions: readonly Scheduled[],
  heldUp: HeldUp = () => true,
): PredecessorLink[] {
  const find = lookup(actions);
  return action.predecessors.flatMap((code) => {
    const p = find(code);
    if (!p) return [];
    const due = effectiveDue(p);
    const daysLate = Math.max(0, daysBetween(action.baselineStart, due));
    const late = daysLate > 0 && heldUp(action.code, code);
    return [{ code, title: p.title, foundational: p.foundational, effectiveDue: due, daysLate, late }];
  });
}

/** Each successor, with how many days it is planned to start before `action`'s effective due. */
export function successorLinks(
  action: Pick<PublicAction, "code" | "baselineDue" | "forecastDue" | "successors">,
  actions: readonly Scheduled[],
  heldUp: HeldUp = () => true,
): SuccessorLink[] {
  const find = lookup(actions);
  const due = effectiveDue(action);
  return action.successors.flatMap((code) => {
    const s = find(code);
    if (!s) return [];
    const daysOverlap = Math.max(0, daysBetween(s.baselineStart, due));
    return [
      {
        code,
        title: s.title,
        foundational: s.foundational,
        startsOn: s.baselineStart,
        daysOverlap,
        late: daysOverlap > 0 && heldUp(code, action.code),
      },
    ];
  });
}

/** `actions` is the whole plan, so the risk rule sees every action's stage and dependencies. */
export function actionRelations(action: PublicAction, actions: PublicAction[]): ActionRelations {
  const pairs = new Set(openDependencyRisks(actions).flatMap((r) => r.cause.map((c) => `${r.code}<${c.predecessor}`)));
  const heldUp: HeldUp = (successor, predecessor) => pairs.has(`${successor}<${predecessor}`);
  return {
    predecessors: predecessorLinks(action, actions, heldUp),
    successors: successorLinks(action, actions, heldUp),
  };
}
