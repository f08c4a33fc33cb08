/**
 * The dashboard widgets whose lists grow with the plan (one row per action, milestone or
 * predecessor): each shows its first rows and links to its full list, a page at a time, at
 * `/dashboard/lists/<id>`. The indicators' list holds each indicator's trend chart and breakdowns,
 * which the dashboard itself leaves to that page; the confidence trend's, every period (the
 * dashboard shows the latest).
 */
export const DASHBOARD_LISTS = [
  "compliance",
  "unreported",
  "milestones",
  "dependency-risk",
  "indicators",
  "confidence-trend",
] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

export function isDashboardList(v: string): v is DashboardList {
  return (DASHBOARD_LISTS as readonly string[]).includes(v);
}
