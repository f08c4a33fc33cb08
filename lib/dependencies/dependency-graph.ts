/**
 * Dependencies between actions ("action" cannot start until "predecessor" is done).
 * Cycles are refused, and a slipping predecessor puts everything downstream at risk.
 */

import { daysBetween } from "@/lib/periods/calendar-date";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";

export type DependencyEdge = { action: string; predecessor: string };

export type ScheduledAction = {
  code: string;
  baselineStart: string;
  baselineDue: string;
  forecastDue: string | null;
  foundational: boolean;
};

export type RiskCause = { predecessor: string; predecessorDue: string; foundational: boolean };

export type ActionAtRisk = {
  code: string;
  startsOn: string;
  /** Predecessors whose effective due is after this action's baseline start (direct risk). */
  cause: RiskCause[];
  /** True when at risk only because something upstream is. */
  indirect: boolean;
  /** Immediate predecessors that are themselves at risk, so the chain can be followed. */
  via: string[];
};

/** action -> predecessors it depends on, each list sorted for deterministic traversal. */
function dependsOn(edges: DependencyEdge[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const { action, predecessor } of edges) {
    const list = graph.get(action) ?? [];
    if (!list.includes(predecessor)) list.push(predecessor);
    graph.set(action, list);
    if (!graph.has(predecessor)) graph.set(predecessor, []);
  }
  for (const list of graph.values()) list.sort(compareActionCodes);
  return graph;
}

/**
 * A cycle, read along "depends on" (["1.1","2.3","1.1"]: 1.1 depends on 2.3, which depends
 * on 1.1), or null when there is none. A self-dependency is ["1.1","1.1"].
 */
export function findCycle(edges: DependencyEdge[]): string[] | null {
  const graph = dependsOn(edges);
  const state = new Map<string, "active" | "done">();
  for (const start of [...graph.keys()].sort(compareActionCodes)) {
    if (state.has(start)) continue;
    // Iterative DFS; `path` holds the active chain, `next` the index of each frame's next child.
    const path: string[] = [start];
    const next: number[] = [0];
    state.set(start, "active");
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top] as string;
      const children = graph.get(node) ?? [];
      const i = next[top] as number;
      if (i >= children.length) {
        state.set(node, "done");
        path.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const child = children[i] as string;
      const s = state.get(child);
      if (s === "active") return [...path.slice(path.indexOf(child)), child];
      if (s === undefined) {
        state.set(child, "active");
        path.push(child);
        next.push(0);
      }
    }
  }
  return null;
}

/**
 * Whether adding `edge` keeps the graph acyclic. When not, the cycle starts with the new
 * edge (action, predecessor, …, action) and follows the shortest way back.
 */
export function canAddDependency(
  edges: DependencyEdge[],
  edge: DependencyEdge,
): { ok: true } | { ok: false; cycle: string[] } {
  if (edge.action === edge.predecessor) return { ok: false, cycle: [edge.action, edge.action] };
  const graph = dependsOn(edges);
  // Breadth-first from the predecessor: does it already (transitively) depend on the action?
  const cameFrom = new Map<string, string | null>([[edge.predecessor, null]]);
  const queue = [edge.predecessor];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const child of graph.get(node) ?? []) {
      if (cameFrom.has(child)) continue;
      cameFrom.set(child, node);
      if (child === edge.action) {
        const back: string[] = [];
        for (let n: string | null | undefined = child; n != null; n = cameFrom.get(n)) back.push(n);
        return { ok: false, cycle: [edge.action, ...back.reverse()] };
      }
      queue.push(child);
    }
  }
  return { ok: true };
}

/** The forecast due date when there is one, otherwise the baseline. */
export function effectiveDue(a: Pick<ScheduledAction, "baselineDue" | "forecastDue">): string {
  return a.forecastDue ?? a.baselineDue;
}

/** Days the forecast is later than the baseline due; 0 when on time, early or unforecast. */
export function slipDays(a: Pick<ScheduledAction, "baselineDue" | "forecastDue">): number {
  if (a.forecastDue === null) return 0;
  return Math.max(0, daysBetween(a.baselineDue, a.forecastDue));
}

export function actionsAtRisk(actions: ScheduledAction[], edges: DependencyEdge[]): ActionAtRisk[] {
  const byCode = new Map(actions.map((a) => [a.code, a]));
  const known = (code: string): ScheduledAction => {
    const a = byCode.get(code);
    if (!a) throw new Error(`Dependency names an unknown action code: "${code}"`);
    return a;
  };
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  for (const { action, predecessor } of edges) {
    known(action);
    known(predecessor);
    const p = predecessors.get(action) ?? [];
    if (!p.includes(predecessor)) p.push(predecessor);
    predecessors.set(action, p);
    const s = successors.get(predecessor) ?? [];
    if (!s.includes(action)) s.push(action);
    successors.set(predecessor, s);
  }

  const causes = new Map<string, RiskCause[]>();
  for (const [code, preds] of predecessors) {
    const start = known(code).baselineStart;
    const late = preds
      .map((p) => known(p))
      .filter((p) => effectiveDue(p) > start)
      .sort((x, y) => compareActionCodes(x.code, y.code))
      .map((p) => ({
        predecessor: p.code,
        predecessorDue: effectiveDue(p),
        foundational: p.foundational,
      }));
    if (late.length > 0) causes.set(code, late);
  }

  // Everything reachable downstream of a directly-at-risk action is at risk too.
  const atRisk = new Set(causes.keys());
  const queue = [...atRisk];
  for (let head = 0; head < queue.length; head++) {
    for (const s of successors.get(queue[head] as string) ?? []) {
      if (!atRisk.has(s)) {
        atRisk.add(s);
        queue.push(s);
      }
    }
  }

  return [...atRisk].sort(compareActionCodes).map((code) => {
    const cause = causes.get(code) ?? [];
    return {
      code,
      startsOn: known(code).baselineStart,
      cause,
      indirect: cause.length === 0,
      via: (predecessors.get(code) ?? []).filter((p) => atRisk.has(p)).sort(compareActionCodes),
    };
  });
}
