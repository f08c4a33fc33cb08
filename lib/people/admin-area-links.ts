import type { AdminArea } from "@/lib/permissions/admin-permissions";

/** Where each administration area lives. */
export const ADMIN_AREA_LINKS: Record<AdminArea, string> = {
  manage_agencies: "/admin/agencies",
  manage_users: "/admin/users",
  manage_periods: "/admin/periods",
  manage_indicators: "/admin/indicators",
  manage_plan: "/admin/plan",
  view_audit: "/admin/audit",
  read_outbox: "/admin/outbox",
  manage_translations: "/admin/translations",
  send_newsletter: "/admin/newsletter",
  plan_spreadsheet: "/admin/plan/import",
  manage_stocktake: "/admin/stocktake",
};
