import type { PlanChange } from "./types";

const NOUN = {
  focus_area: "focus area",
  recommendation: "recommendation",
  workstream: "workstream",
  action: "action",
  milestone: "milestone",
  criterion: "completion criterion",
  dependency: "dependency",
} as const;

const VERB = {
  add: "Add",
  change: "Change",
  rephase: "Re-phase",
  reassign: "Re-assign the lead of",
  merge: "Merge",
  split: "Split",
  stop: "Stop",
} as const;

/** A one-line summary of a change, when its author gave none: "Change action 1.4: title, titleMi". */
export function describeChange(change: PlanChange): string {
  if (change.summary?.trim()) return change.summary.trim();
  const what = `${NOUN[change.entity]} ${change.key}`;
  const verb = change.entity === "dependency" && change.kind === "stop" ? "Remove" : VERB[change.kind];
  const targets = change.fields.supersededBy?.after;
  if (change.kind === "merge" || change.kind === "split") {
    return `${verb} ${what} into ${Array.isArray(targets) ? targets.join(", ") : ""}`;
  }
  const fields = Object.keys(change.fields);
  return change.kind === "change" && fields.length ? `${verb} ${what}: ${fields.join(", ")}` : `${verb} ${what}`;
}
