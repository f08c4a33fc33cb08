import type { Confidence, Stage, SystemState } from "./vocabulary";

export type StatusLabelKey = Stage | Confidence | SystemState | "no_rating";

/** Where a status's label sits in the `status` message catalogue. */
export function labelKey(key: StatusLabelKey): string {
  if (key === "not_yet_reported" || key === "stale" || key === "current") return `system.${key}`;
  if (key === "no_rating" || ["on_track", "probable", "feasible", "at_risk", "unachievable"].includes(key))
    return `confidence.${key}`;
  return `stage.${key}`;
}
