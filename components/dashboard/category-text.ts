import { uiText } from "@/i18n/ui-text";
import type { ConfidenceCategory, StageCategory } from "@/lib/rollup/roll-up";
import { CONFIDENCE_LABELS } from "@/lib/status/vocabulary";

/** A mix column's key in the message catalogue: a rating, a stage, or the derived state that replaces them. */
function statusKey(key: ConfidenceCategory | StageCategory): string {
  if (key === "stale" || key === "not_yet_reported") return `system.${key}`;
  if (key in CONFIDENCE_LABELS) return `confidence.${key}`;
  return `stage.${key}`;
}

/**
 * The words for mix columns, from the status labels the public pages use (so they are in te reo
 * Māori where those are); "No rating" is the dashboard's own.
 */
export async function categoryText() {
  const [status, dashboard] = await Promise.all([uiText("status"), uiText("dashboard.categories")]);
  const pick = (key: ConfidenceCategory | StageCategory) =>
    key === "no_rating" ? { text: dashboard, key: "no_rating" } : { text: status, key: statusKey(key) };
  return {
    t: (key: ConfidenceCategory | StageCategory) => {
      const p = pick(key);
      return p.text.t(p.key);
    },
    L: (key: ConfidenceCategory | StageCategory) => {
      const p = pick(key);
      return p.text.L(p.key);
    },
  };
}
