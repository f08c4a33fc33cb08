import type { Role } from "@/lib/status/vocabulary";

/** The staff pages each role can open (the pages check again: this only decides what to offer). */
export const STAFF_LINKS: { href: string; key: string; roles: readonly Role[] }[] = [
  { href: "/my", key: "my", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/review", key: "review", roles: ["agency_approver", "tec_monitor"] },
  { href: "/dashboard", key: "dashboard", roles: ["agency_approver", "tec_monitor"] },
  { href: "/reports", key: "reports", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
  { href: "/admin", key: "admin", roles: ["admin"] },
  { href: "/admin/periods", key: "periods", roles: ["tec_monitor"] },
  { href: "/admin/indicators", key: "indicators", roles: ["tec_monitor"] },
  { href: "/admin/audit", key: "audit", roles: ["tec_monitor"] },
  { href: "/stocktake/analysis", key: "stocktakeAnalysis", roles: ["tec_monitor"] },
  { href: "/my/account", key: "account", roles: ["agency_staff", "agency_approver", "tec_monitor", "admin"] },
];

export type { AccountSummary } from "@/lib/dal/actor";

/** The sign-out server actions, handed down from the layout. */
export type SignOutActions = { signOut: () => Promise<void>; signOutEverywhere: () => Promise<void> };
