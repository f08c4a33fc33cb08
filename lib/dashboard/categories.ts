import { MIX_ORDER, type ConfidenceCategory, type StageCategory } from "@/lib/rollup/roll-up";
import { CONFIDENCE_LABELS, STAGE_LABELS, STAGES, SYSTEM_STATE_LABELS } from "@/lib/status/vocabulary";

export const CONFIDENCE_CATEGORIES: readonly ConfidenceCategory[] = MIX_ORDER;
export const STAGE_CATEGORIES: readonly StageCategory[] = [...STAGES, "not_yet_reported"];

/** The words for a mix column: a rating, a stage, or the derived state that replaces them. */
export function categoryLabel(key: ConfidenceCategory | StageCategory): string {
  if (key === "stale" || key === "not_yet_reported") return SYSTEM_STATE_LABELS[key];
  if (key === "no_rating") return "No rating";
  if (key in CONFIDENCE_LABELS) return CONFIDENCE_LABELS[key as keyof typeof CONFIDENCE_LABELS];
  return STAGE_LABELS[key as keyof typeof STAGE_LABELS];
}

/** The drill-down parameters that select exactly the actions counted in a mix column. */
export function categoryCriteria(
  dimension: "confidence" | "stage",
  key: ConfidenceCategory | StageCategory,
): Record<string, string> {
  if (key === "stale" || key === "not_yet_reported") return { state: key };
  return dimension === "confidence" ? { confidence: key } : { stage: key };
}
