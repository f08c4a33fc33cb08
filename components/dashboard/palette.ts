/**
 * Chart fills for the status categories: each at least 3:1 against white (WCAG 1.4.11) and
 * matched to the badge tones. Colour is never the only signal: every chart has its table.
 */
export const CATEGORY_FILL: Record<string, string> = {
  on_track: "#047857",
  probable: "#0f766e",
  feasible: "#b45309",
  at_risk: "#c2410c",
  unachievable: "#b91c1c",
  stale: "#6d28d9",
  not_yet_reported: "#475569",
  no_rating: "#64748b",
  not_started: "#475569",
  underway: "#0369a1",
  complete: "#047857",
  completed_modified: "#15803d",
  not_proceeding: "#52525b",
  due: "#475569",
  draft: "#0369a1",
  submitted: "#0f766e",
  approved: "#15803d",
  published: "#047857",
  late: "#b91c1c",
};
