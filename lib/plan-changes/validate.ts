import { findCycle } from "@/lib/dependencies/dependency-graph";
import { FIELDS, FIELDS_FOR_KIND, KINDS_FOR, type FieldType } from "./fields";
import { KEY_EXAMPLES, dependencyKey, parseKey } from "./keys";
import { clonePlan } from "./snapshot";
import type { ChangeProblem, FieldValue, ItemFields, PlanChange, PlanSnapshot, ValidationResult } from "./types";
import { sameValue, shapeProblem, showValue } from "./values";

const LABEL = {
  focus_area: "Focus area",
  recommendation: "Recommendation",
  workstream: "Workstream",
  action: "Action",
  milestone: "Milestone",
  criterion: "Completion criterion",
  dependency: "Dependency",
} as const;

/**
 * Checks a set of changes against the plan, in order, each against the plan as the earlier ones
 * left it (so a draft's changes build on each other), and returns the plan they lead to, or every
 * problem found. Refused: unknown items and fields, a `before` that is not the plan's value (the plan
 * changed since), codes or numbers already used (codes are never reused, even for a stopped action),
 * references to missing or retired items, changes to an action that is no longer active, and a
 * dependency cycle, named ("1.1 → 2.3 → 1.1").
 */
export function validateChanges(plan: PlanSnapshot, changes: readonly PlanChange[]): ValidationResult {
  const next = clonePlan(plan);
  const problems: ChangeProblem[] = [];
  changes.forEach((change, index) => {
    const found = checkAndApply(next, change);
    for (const p of found) problems.push({ index, key: change.key, ...p });
  });
  if (changes.some((c) => c.entity === "dependency" && c.kind === "add")) {
    const edges = [...next.dependencies].map((k) => {
      const [action, predecessor] = k.split(":") as [string, string];
      return { action, predecessor };
    });
    const cycle = findCycle(edges);
    if (cycle) {
      const inCycle = new Set(cycle.slice(0, -1).map((a, i) => dependencyKey(a, cycle[i + 1] as string)));
      const index = changes.findLastIndex((c) => c.entity === "dependency" && inCycle.has(c.key));
      problems.push({
        index: Math.max(index, 0),
        key: changes[Math.max(index, 0)]?.key ?? "",
        message: `These dependencies would make a cycle: ${cycle.join(" → ")}.`,
      });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, plan: next };
}

type Found = Omit<ChangeProblem, "index" | "key">[];

function checkAndApply(plan: PlanSnapshot, change: PlanChange): Found {
  const { entity, kind, key } = change;
  if (!(entity in FIELDS)) return [{ message: `Unknown kind of plan item "${entity}".` }];
  if (!KINDS_FOR[entity].includes(kind))
    return [{ message: `${LABEL[entity]}s can't take a change of kind "${kind}".` }];
  if (!change.reason?.trim()) return [{ field: "reason", message: "Give the reason for this change." }];
  const parsed = parseKey(entity, key);
  if (!parsed)
    return [{ message: `"${key}" is not a ${LABEL[entity].toLowerCase()} key: use ${KEY_EXAMPLES[entity]}.` }];

  const allowed = FIELDS_FOR_KIND[kind];
  const editable = FIELDS[entity] as Record<string, FieldType>;
  const found: Found = [];
  for (const field of Object.keys(change.fields)) {
    const known = field === "supersededBy" ? entity === "action" : field in editable;
    if (!known) found.push({ field, message: `${LABEL[entity]}s have no field "${field}".` });
    else if (allowed && !allowed.includes(field)) found.push({ field, message: `A ${kind} can't set "${field}".` });
  }
  if (found.length) return found;

  if (entity === "dependency") return applyDependency(plan, change, parsed as { action: string; predecessor: string });
  const items = plan.items[entity];
  const current = items.get(key);

  if (kind === "add") {
    if (current) return [{ message: usedMessage(entity, key, current) }];
    const fields: ItemFields = {};
    for (const [field, type] of Object.entries(editable)) {
      const value = change.fields[field]?.after ?? (type.type === "refs" ? [] : type.type === "boolean" ? false : null);
      const problem = valueProblem(plan, type, value);
      if (problem) found.push({ field, message: `${field} ${problem}.` });
      fields[field] = value;
    }
    found.push(...parentProblems(plan, parsed, fields));
    if (found.length) return found;
    if (entity === "action") Object.assign(fields, { planState: "active", supersededBy: [] });
    items.set(key, fields);
    return [];
  }

  if (!current) return [{ message: `There is no ${LABEL[entity].toLowerCase()} ${key} in the plan.` }];
  const owner = entity === "action" ? current : "action" in parsed ? plan.items.action.get(parsed.action) : undefined;
  if (owner && owner.planState !== "active") {
    return [
      {
        message: `Action ${entity === "action" ? key : (parsed as { action: string }).action} is no longer active in the plan (${owner.planState === "superseded" ? "superseded" : "not proceeding"}).`,
      },
    ];
  }

  if (kind === "stop") {
    if (entity === "action") current.planState = "not_proceeding";
    else if ((entity === "milestone" || entity === "criterion") && plan.reported.has(key)) {
      // Removing it would take with it what updates reported against it (completions, assessments).
      return [
        {
          message: `${LABEL[entity]} ${key} has progress reported against it, so it stays in the plan with its history. Change its wording or dates instead.`,
        },
      ];
    } else if (entity === "milestone" || entity === "criterion") items.delete(key);
    else return [{ message: `${LABEL[entity]}s can't be stopped.` }];
    return [];
  }

  if (kind === "merge" || kind === "split") {
    const targets = change.fields.supersededBy?.after;
    if (!Array.isArray(targets) || (kind === "merge" ? targets.length !== 1 : targets.length < 2)) {
      return [
        {
          field: "supersededBy",
          message:
            kind === "merge" ? "Name the one action it merges into." : "Name the two or more actions it splits into.",
        },
      ];
    }
    for (const code of targets) {
      const target = plan.items.action.get(code);
      if (code === key) found.push({ field: "supersededBy", message: `Action ${key} can't be superseded by itself.` });
      else if (!target)
        found.push({ field: "supersededBy", message: `There is no action ${code} in the plan (add it first).` });
      else if (target.planState !== "active")
        found.push({ field: "supersededBy", message: `Action ${code} is no longer active.` });
    }
    if (found.length) return found;
    current.planState = "superseded";
    current.supersededBy = [...targets].sort();
    return [];
  }

  // change, rephase, reassign: each field moves from the plan's current value to a new one.
  const entries = Object.entries(change.fields);
  if (!entries.length) return [{ message: "The change sets no field." }];
  const updated: ItemFields = { ...current };
  for (const [field, { before, after }] of entries) {
    const type = editable[field] as FieldType;
    if (before !== undefined && !sameValue(before, current[field])) {
      found.push({
        field,
        message: `${field} was expected to be "${showValue(before)}" but the plan has "${showValue(current[field])}": the plan changed since.`,
      });
      continue;
    }
    if (sameValue(after, current[field])) {
      found.push({ field, message: `${field} is already "${showValue(after)}".` });
      continue;
    }
    const problem = valueProblem(plan, type, after);
    if (problem) found.push({ field, message: `${field} ${problem}.` });
    updated[field] = Array.isArray(after) ? [...after].sort() : after;
  }
  if (entity === "action" && String(updated.baselineDue) < String(updated.baselineStart)) {
    found.push({ field: "baselineDue", message: "The baseline due date can't be before the baseline start." });
  }
  if (found.length) return found;
  Object.assign(current, updated);
  return [];
}

function usedMessage(entity: PlanChange["entity"], key: string, current: ItemFields): string {
  if (entity === "action" && current.planState !== "active") {
    return `Code ${key} was used by an action that is ${current.planState === "superseded" ? "superseded" : "not proceeding"}: codes are never reused.`;
  }
  return `${LABEL[entity]} ${key} already exists.`;
}

/** A reference must name an item of the plan (an agency must not be retired). */
function valueProblem(plan: PlanSnapshot, type: FieldType, value: FieldValue): string | null {
  const shape = shapeProblem(type, value);
  if (shape) return shape;
  if (type.type !== "ref" && type.type !== "refs") return null;
  const refs = type.type === "ref" ? [value as string] : (value as string[]);
  for (const ref of refs) {
    if (type.to === "agency") {
      const agency = plan.agencies.get(ref);
      if (!agency) return `names an unknown agency "${ref}"`;
      if (agency.retired) return `names the retired agency "${ref}"`;
    } else if (!plan.items[type.to].has(ref)) {
      return `names ${type.to.replace("_", " ")} ${ref}, which is not in the plan`;
    }
  }
  return null;
}

/** An added item must fit under its parent: an action's code under its workstream, parts under an active action. */
function parentProblems(
  plan: PlanSnapshot,
  parsed: NonNullable<ReturnType<typeof parseKey>>,
  fields: ItemFields,
): Found {
  if (parsed.entity === "action") {
    const found: Found = [];
    if (fields.workstream !== null && parsed.code.split(".")[0] !== fields.workstream) {
      found.push({
        field: "workstream",
        message: `A new action's code starts with its workstream's number (${fields.workstream}).`,
      });
    }
    if (String(fields.baselineDue) < String(fields.baselineStart)) {
      found.push({ field: "baselineDue", message: "The baseline due date can't be before the baseline start." });
    }
    return found;
  }
  if (parsed.entity === "milestone" || parsed.entity === "criterion") {
    const action = plan.items.action.get(parsed.action);
    if (!action) return [{ message: `There is no action ${parsed.action} in the plan.` }];
    if (action.planState !== "active") return [{ message: `Action ${parsed.action} is no longer active in the plan.` }];
    if (parsed.entity === "criterion" && parsed.position > 3) {
      return [{ message: "An action has at most three completion criteria (C1 to C3)." }];
    }
  }
  return [];
}

function applyDependency(
  plan: PlanSnapshot,
  change: PlanChange,
  parsed: { action: string; predecessor: string },
): Found {
  const { key } = change;
  if (change.kind === "stop") {
    if (!plan.dependencies.has(key)) return [{ message: `There is no dependency ${key} in the plan.` }];
    plan.dependencies.delete(key);
    return [];
  }
  if (plan.dependencies.has(key)) return [{ message: `Dependency ${key} already exists.` }];
  if (parsed.action === parsed.predecessor) return [{ message: `Action ${parsed.action} can't depend on itself.` }];
  const found: Found = [];
  for (const code of [parsed.action, parsed.predecessor]) {
    const action = plan.items.action.get(code);
    if (!action) found.push({ message: `There is no action ${code} in the plan.` });
    else if (action.planState !== "active") found.push({ message: `Action ${code} is no longer active in the plan.` });
  }
  if (found.length) return found;
  plan.dependencies.add(key);
  return [];
}
