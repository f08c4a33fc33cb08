import type { Page } from "@playwright/test";
import type { SignedIn } from "./support";

/**
 * Every page template of the site, once: the route file that renders it, a page to open as an
 * example, and who opens it. The accessibility spec runs axe on each, in English and in te reo
 * Māori, and fails when a route file has no entry here, so a new page cannot be forgotten.
 */
export type Template = {
  route: string;
  /** A path, or how to find one (a period's id, the latest report) from the page. */
  path: string | ((page: Page) => Promise<string>);
  as?: SignedIn;
  status?: number;
  /** Also axe's best-practice rules (landmarks, heading order, …). */
  bestPractice?: boolean;
};

/** The first link on a list page whose address starts with `prefix`, read from its HTML (no page to render). */
const firstLink = (listPath: string, prefix: string) => async (page: Page) => {
  const html = await (await page.request.get(listPath)).text();
  const main = html.slice(html.indexOf("<main"));
  const href = main.match(new RegExp(`href="(${prefix.replace(/[/.]/g, "\\$&")}[^"#]+)"`))?.[1];
  if (!href) throw new Error(`No link to ${prefix}… on ${listPath}`);
  return href.replace(/&amp;/g, "&");
};

const latestReport = firstLink("/reports", "/reports/");

export const TEMPLATES: Template[] = [
  // Public
  { route: "app/page.tsx", path: "/", bestPractice: true },
  { route: "app/recommendations/page.tsx", path: "/recommendations" },
  { route: "app/recommendations/[number]/page.tsx", path: "/recommendations/1" },
  { route: "app/workstreams/page.tsx", path: "/workstreams" },
  { route: "app/workstreams/[number]/page.tsx", path: "/workstreams/1" },
  { route: "app/agencies/page.tsx", path: "/agencies" },
  { route: "app/agencies/[slug]/page.tsx", path: "/agencies/tec" },
  // Invalid filters: the message above the list, and every action's status chips below it.
  { route: "app/actions/page.tsx", path: "/actions?workstream=abc&stage=finished" },
  // Complete, with milestones, criteria with evidence links, successors and history.
  { route: "app/actions/[code]/page.tsx", path: "/actions/1.4" },
  { route: "app/timeline/page.tsx", path: "/timeline" },
  { route: "app/indicators/page.tsx", path: "/indicators" },
  { route: "app/status/page.tsx", path: "/status" },
  { route: "app/data/page.tsx", path: "/data" },
  { route: "app/accessibility/page.tsx", path: "/accessibility" },
  { route: "app/reports/page.tsx", path: "/reports" },
  { route: "app/reports/[period]/page.tsx", path: latestReport },
  { route: "app/login/page.tsx", path: "/login" },
  { route: "app/not-found.tsx", path: "/actions/9.99", status: 404 },
  // Staff
  {
    route: "app/reports/[period]/page.tsx",
    path: latestReport,
    as: "monitor",
  },
  { route: "app/my/page.tsx", path: "/my", as: "leadStaff" },
  { route: "app/actions/[code]/update/page.tsx", path: "/actions/1.5/update", as: "leadStaff" },
  { route: "app/review/page.tsx", path: "/review", as: "monitor" },
  { route: "app/dashboard/page.tsx", path: "/dashboard", as: "monitor" },
  { route: "app/dashboard/actions/page.tsx", path: "/dashboard/actions?flag=milestones-slipping", as: "monitor" },
  // A widget's full list on its second page: the table, the range and the page links.
  { route: "app/dashboard/lists/[list]/page.tsx", path: "/dashboard/lists/compliance?page=2", as: "monitor" },
  { route: "app/admin/periods/page.tsx", path: "/admin/periods", as: "monitor" },
  {
    route: "app/admin/periods/[id]/page.tsx",
    path: firstLink("/admin/periods", "/admin/periods/"),
    as: "monitor",
  },
  { route: "app/admin/indicators/page.tsx", path: "/admin/indicators", as: "monitor" },
  { route: "app/admin/indicators/new/page.tsx", path: "/admin/indicators/new", as: "monitor" },
  { route: "app/admin/indicators/[code]/page.tsx", path: "/admin/indicators/I1", as: "monitor" },
  { route: "app/forbidden.tsx", path: "/dashboard", as: "leadStaff", status: 403 },
];

/** The pages anyone may open: no sign-in, and a 200 answer. */
export const PUBLIC_TEMPLATES = TEMPLATES.filter((t) => !t.as && (t.status ?? 200) === 200);
