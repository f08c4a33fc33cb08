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
  not_yet_reported: "#334155",
  no_rating: "#94a3b8",
  not_started: "#78716c",
  underway: "#0369a1",
  complete: "#047857",
  completed_modified: "#4d7c0f",
  not_proceeding: "#52525b",
  due: "#475569",
  draft: "#0369a1",
  submitted: "#0f766e",
  approved: "#15803d",
  published: "#047857",
  late: "#b91c1c",
};
