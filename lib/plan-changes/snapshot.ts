import type { ItemFields, PlanSnapshot } from "./types";

/** A plan with no items, to build on (tests, a first import). */
export function emptyPlan(): PlanSnapshot {
  return {
    items: {
      focus_area: new Map(),
      recommendation: new Map(),
      workstream: new Map(),
      action: new Map(),
      milestone: new Map(),
      criterion: new Map(),
    },
    dependencies: new Set(),
    agencies: new Map(),
    reported: new Set(),
  };
}

const copyFields = (fields: ItemFields): ItemFields =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));

/** A deep copy, so applying changes to it leaves the original as it was. */
export function clonePlan(plan: PlanSnapshot): PlanSnapshot {
  const copy = emptyPlan();
  for (const [entity, items] of Object.entries(plan.items) as [
    keyof PlanSnapshot["items"],
    Map<string, ItemFields>,
  ][]) {
    for (const [key, fields] of items) copy.items[entity].set(key, copyFields(fields));
  }
  for (const d of plan.dependencies) copy.dependencies.add(d);
  for (const [slug, a] of plan.agencies) copy.agencies.set(slug, { ...a });
  for (const key of plan.reported) copy.reported.add(key);
  return copy;
}
