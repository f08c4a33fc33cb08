/**
 * One status palette for the whole product: badges, chips and charts, public site and dashboard.
 * Hues from the Okabe–Ito set, which stays distinguishable with the common colour-vision
 * deficiencies, darkened where needed so each is at least 3:1 against white (WCAG 1.4.11). Colour
 * is never the only signal: every badge and chip carries its words and a border style by severity,
 * and every chart has its table.
 */
const BLUE = "#0072B2";
const BLUISH_GREEN = "#007F5F";
const ORANGE = "#A66F00";
// Darker than Okabe–Ito's #D55E00, so a deuteranope tells it from the orange by lightness too.
const VERMILLION = "#9E3D00";
const REDDISH_PURPLE = "#A8497F";
const SKY = "#2B7FB0";
const BLACK = "#1b1b1f";
const GREY = "#6B7079";
const LIGHT_GREY = "#8A8F98";

export const STATUS_COLOURS: Record<string, string> = {
  // Delivery confidence, best first.
  on_track: BLUE,
  probable: BLUISH_GREEN,
  feasible: ORANGE,
  at_risk: VERMILLION,
  unachievable: REDDISH_PURPLE,
  // System states: never a confidence value.
  stale: BLACK,
  not_yet_reported: GREY,
  current: LIGHT_GREY,
  /** Not expected to report (finished): a neutral grey. */
  no_rating: LIGHT_GREY,
  // Stages.
  not_started: GREY,
  underway: SKY,
  complete: BLUISH_GREEN,
  completed_modified: ORANGE,
  not_proceeding: BLACK,
  // Reporting for a period.
  due: GREY,
  draft: ORANGE,
  submitted: REDDISH_PURPLE,
  approved: SKY,
  published: BLUE,
  late: VERMILLION,
  not_expected: LIGHT_GREY,
};

/** The border style that tells severity apart without colour. */
export const STATUS_BORDER: Record<string, "solid" | "dashed" | "dotted"> = {
  at_risk: "dashed",
  unachievable: "dashed",
  late: "dashed",
  stale: "dotted",
  not_yet_reported: "dotted",
  due: "dotted",
  draft: "dotted",
};

/** A badge's or chip's colours: the status colour as its border and a light tint of it behind dark text. */
export function chipStyle(key: string): { borderColor: string; backgroundColor: string; borderStyle: string } {
  const colour = STATUS_COLOURS[key] ?? GREY;
  return { borderColor: colour, backgroundColor: `${colour}14`, borderStyle: STATUS_BORDER[key] ?? "solid" };
}
