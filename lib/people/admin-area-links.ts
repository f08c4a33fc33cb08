import type { AdminArea } from "@/lib/permissions/admin-permissions";

/** Where each administration area lives; an area without a page yet has no entry. */
export const ADMIN_AREA_LINKS: Partial<Record<AdminArea, string>> = {
  manage_agencies: "/admin/agencies",
  manage_users: "/admin/users",
  manage_periods: "/admin/periods",
  manage_indicators: "/admin/indicators",
};
