import type { Actor } from "@/lib/permissions/actor";
import type { Role } from "@/lib/status/vocabulary";

/**
 * Who may use which part of the administration pages (PRODUCT.md §6). Pure, so the data access
 * layer (which enforces it), the server actions (through the layer) and the /admin landing page
 * (which only decides what to offer) all ask the same question.
 *
 * - manage_agencies, manage_users: administrators only. They manage users and agencies.
 * - manage_periods, manage_indicators, manage_plan: TEC monitors only; they run the reporting, the
 *   plan's measures and the plan itself (its change requests and versions). Administrators hold none of the monitoring rights (a separate account does that).
 * - view_audit: administrators and TEC monitors, who both answer for what changed.
 * - read_outbox: administrators, who run the service: every message Mahere sent or keeps, with the
 *   addresses it went to.
 * - manage_translations: administrators, who export the interface text for translators and import
 *   the te reo Māori they return.
 * - send_newsletter: TEC monitors, who report the plan's progress: the quarterly newsletter from a
 *   closed period's snapshot, to everyone following the whole plan.
 * - plan_spreadsheet: administrators and TEC monitors export the whole plan and import a revised
 *   spreadsheet, which becomes change requests in the draft of the next plan version.
 * - manage_stocktake: TEC monitors run the stocktake of initiatives: its rounds and questions, the
 *   review of responses, and the analysis with the respondents' contact details.
 * - open_admin (the /admin landing page): whoever holds at least one of the above.
 * - Agency staff, approvers and the public hold none of them.
 */
export const ADMIN_AREAS = [
  "manage_agencies",
  "manage_users",
  "manage_periods",
  "manage_indicators",
  "manage_plan",
  "view_audit",
  "read_outbox",
  "manage_translations",
  "send_newsletter",
  "plan_spreadsheet",
  "manage_stocktake",
] as const;
export type AdminArea = (typeof ADMIN_AREAS)[number];
export const ADMIN_OPERATIONS = ["open_admin", ...ADMIN_AREAS] as const;
export type AdminOperation = (typeof ADMIN_OPERATIONS)[number];

const RULES: Record<Exclude<AdminOperation, "open_admin">, readonly Role[]> = {
  manage_agencies: ["admin"],
  manage_users: ["admin"],
  manage_periods: ["tec_monitor"],
  manage_indicators: ["tec_monitor"],
  manage_plan: ["tec_monitor"],
  view_audit: ["admin", "tec_monitor"],
  read_outbox: ["admin"],
  manage_translations: ["admin"],
  send_newsletter: ["tec_monitor"],
  plan_spreadsheet: ["admin", "tec_monitor"],
  manage_stocktake: ["tec_monitor"],
};

const REFUSALS: Record<AdminOperation, string> = {
  open_admin: "Only administrators and TEC monitors can open the administration pages.",
  manage_agencies: "Only administrators can manage agencies.",
  manage_users: "Only administrators can manage users.",
  manage_periods: "Only the TEC monitoring team can manage reporting periods.",
  manage_indicators: "Only TEC monitors manage indicators.",
  manage_plan: "Only TEC monitors edit the plan.",
  view_audit: "Only administrators and TEC monitors can read the audit trail.",
  read_outbox: "Only administrators can read the outbox.",
  manage_translations: "Only administrators can export and import the interface translations.",
  send_newsletter: "Only TEC monitors send the quarterly newsletter.",
  plan_spreadsheet: "Only administrators and TEC monitors can export and import the plan spreadsheet.",
  manage_stocktake: "Only TEC monitors run the stocktake of initiatives.",
};

export type AdminPermission = { allowed: true } | { allowed: false; reason: string };

function roleMay(role: Role, operation: AdminOperation): boolean {
  if (operation === "open_admin") return Object.values(RULES).some((roles) => roles.includes(role));
  return RULES[operation].includes(role);
}

/** May the actor do this? The reason, when refused, is a sentence for the user. */
export function canAdmin(actor: Actor, operation: AdminOperation): AdminPermission {
  if (actor.kind === "user" && roleMay(actor.role, operation)) return { allowed: true };
  return { allowed: false, reason: REFUSALS[operation] };
}

/** The administration areas the actor may open, in the order the landing page lists them. */
export function adminAreasFor(actor: Actor): AdminArea[] {
  return ADMIN_AREAS.filter((area) => canAdmin(actor, area).allowed);
}
