/**
 * How an action sits among its predecessors and successors, for the action page. Pure: the same
 * rule as lib/dependencies/dependency-graph.ts (a predecessor is late when its effective due is after
 * the dependent action's baseline start), seen from either end of the dependency.
 */
import { daysBetween } from "@/lib/periods/calendar-date";
import { effectiveDue } from "@/lib/dependencies/dependency-graph";
import type { PublicAction } from "./types";

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

/** A predecessor whose effective due is after `action`'s baseline start holds it up. */
export function predecessorLinks(
  action: Pick<PublicAction, "baselineStart" | "predecessors">,
  actions: readonly Scheduled[],
): PredecessorLink[] {
  const find = lookup(actions);
  return action.predecessors.flatMap((code) => {
    const p = find(code);
    if (!p) return [];
    const due = effectiveDue(p);
    const daysLate = Math.max(0, daysBetween(action.baselineStart, due));
    return [{ code, title: p.title, foundational: p.foundational, effectiveDue: due, daysLate, late: daysLate > 0 }];
  });
}

/** A successor that is planned to start before `action`'s effective due may be held up by it. */
export function successorLinks(
  action: Pick<PublicAction, "baselineDue" | "forecastDue" | "successors">,
  actions: readonly Scheduled[],
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
        late: daysOverlap > 0,
      },
    ];
  });
}

export function actionRelations(action: PublicAction, actions: readonly Scheduled[]): ActionRelations {
  return { predecessors: predecessorLinks(action, actions), successors: successorLinks(action, actions) };
}
