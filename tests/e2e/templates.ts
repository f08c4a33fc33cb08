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
  /** Another address of a page listed before (same title and preview): axe runs on it, the per-page checks do not. */
  variant?: boolean;
  /**
   * A page anyone may open but nobody should find (a one-time account link's, or one a mailed
   * subscription link opens): never indexed or previewed, so left out of the public pages' checks.
   */
  secret?: boolean;
  /** Also axe's best-practice rules (landmarks, heading order, …). */
  bestPractice?: boolean;
};

/**
 * The first link on a list page to `prefix…`, in either language (`/reports/…` or `/mi/reports/…`),
 * read from the page's HTML (no page to render).
 */
const firstLink = (listPath: string, prefix: string) => async (page: Page) => {
  const html = await (await page.request.get(listPath)).text();
  const main = html.slice(html.indexOf("<main"));
  const href = main.match(new RegExp(`href="((?:/mi)?${prefix.replace(/[/.]/g, "\\$&")}[^"#]+)"`))?.[1];
  if (!href) throw new Error(`No link to ${prefix}… on ${listPath}`);
  return href.replace(/&amp;/g, "&");
};

const latestReport = firstLink("/reports", "/reports/");

/** The first stocktake round /stocktake lists, as its address ("/stocktake/<slug>", without /mi). */
const firstRound = async (page: Page) =>
  (await firstLink("/stocktake", "/stocktake/")(page)).replace(/^\/mi(?=\/)/, "");
const inFirstRound = (suffix: string) => async (page: Page) =>
  `${(await firstRound(page)).replace(/^\/stocktake/, "/admin/stocktake")}${suffix}`;

/** A checked translation import's preview: a file that is not a workbook, so its errors table shows. */
const checkedImport = async (page: Page) => {
  await page.goto("/admin/translations");
  await page.locator('input[type="file"]').setInputFiles({
    name: "not-a-workbook.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("not a workbook"),
  });
  await page.locator('form:has(input[type="file"]) button[type="submit"]').click();
  await page.waitForURL(/\/admin\/translations\/imports\//);
  return new URL(page.url()).pathname.replace(/^\/mi(?=\/)/, "");
};
/**
 * A dry run of the plan's own JSON export with one title changed: the preview with its change table
 * and the confirmation form. Nothing is applied, so the plan other specs read stays as it was.
 */
async function planImportPreview(page: Page): Promise<string> {
  const exported = await page.request.get("/admin/plan/export/mahere-plan.json");
  const doc = (await exported.json()) as { sheets: { actions: { title: string }[] } };
  doc.sheets.actions[0]!.title = `${doc.sheets.actions[0]!.title} (revised)`;
  const response = await page.request.post("/admin/plan/import/upload", {
    headers: { origin: new URL(exported.url()).origin },
    multipart: { file: { name: "plan.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) } },
    maxRedirects: 0,
  });
  const location = response.headers().location;
  if (response.status() !== 303 || !location?.startsWith("/admin/plan/import/"))
    throw new Error(`The plan import answered ${response.status()} ${location}`);
  return location;
}

export const TEMPLATES: Template[] = [
  // Public
  { route: "app/[lang]/(public)/page.tsx", path: "/", bestPractice: true },
  { route: "app/[lang]/(public)/recommendations/page.tsx", path: "/recommendations" },
  { route: "app/[lang]/(public)/recommendations/[number]/page.tsx", path: "/recommendations/1" },
  { route: "app/[lang]/(public)/workstreams/page.tsx", path: "/workstreams" },
  { route: "app/[lang]/(public)/workstreams/[number]/page.tsx", path: "/workstreams/1" },
  { route: "app/[lang]/(public)/agencies/page.tsx", path: "/agencies" },
  { route: "app/[lang]/(public)/agencies/[slug]/page.tsx", path: "/agencies/tec" },
  // Invalid filters: the message above the list, and every action's status chips below it.
  { route: "app/[lang]/(public)/actions/page.tsx", path: "/actions?workstream=abc&stage=finished" },
  // Complete, with milestones, criteria with evidence links, successors and history.
  { route: "app/[lang]/(public)/actions/[code]/page.tsx", path: "/actions/1.4" },
  { route: "app/[lang]/(public)/status-changes/page.tsx", path: "/status-changes" },
  // Version 1.1 of the demo: re-phased actions and a stopped one, before and after.
  { route: "app/[lang]/(public)/changes/page.tsx", path: "/changes" },
  { route: "app/[lang]/(public)/foundational/page.tsx", path: "/foundational" },
  { route: "app/[lang]/(public)/timeline/page.tsx", path: "/timeline" },
  { route: "app/[lang]/(public)/indicators/page.tsx", path: "/indicators" },
  { route: "app/[lang]/(public)/status/page.tsx", path: "/status" },
  { route: "app/[lang]/(public)/data/page.tsx", path: "/data" },
  { route: "app/[lang]/(public)/accessibility/page.tsx", path: "/accessibility" },
  // The demo's closed round, a refused filter beside a working one: the error summary, the list and both heatmaps.
  {
    route: "app/[lang]/(public)/stocktake/initiatives/page.tsx",
    path: "/stocktake/initiatives?region=atlantis&population=refugee_background",
  },
  { route: "app/[lang]/(public)/subscribe/page.tsx", path: "/subscribe" },
  // A mailed link's pages, as a link that is not (or no longer) ours shows them; the follow flow
  // (tests/e2e/subscriptions.spec.ts) opens them with real links.
  {
    route: "app/[lang]/(public)/subscribe/confirm/[token]/page.tsx",
    path: "/subscribe/confirm/unknown",
    secret: true,
  },
  {
    route: "app/[lang]/(public)/subscribe/unsubscribe/[token]/page.tsx",
    path: "/subscribe/unsubscribe/unknown",
    secret: true,
  },
  {
    route: "app/[lang]/(public)/subscribe/manage/[token]/page.tsx",
    path: "/subscribe/manage/unknown",
    secret: true,
  },
  { route: "app/[lang]/(public)/stocktake/page.tsx", path: "/stocktake" },
  { route: "app/[lang]/(public)/stocktake/[round]/page.tsx", path: firstRound },
  // A resume link that is not ours: a plain 404. The survey's steps get axe in stocktake-respond.spec.ts.
  {
    route: "app/[lang]/(public)/stocktake/[round]/respond/[token]/page.tsx",
    path: async (page) => `${await firstRound(page)}/respond/${"A".repeat(43)}`,
    status: 404,
    secret: true,
  },
  // Where a client over the subscription rate limit is sent: not indexed, like the link pages.
  { route: "app/[lang]/(public)/subscribe/too-many/page.tsx", path: "/subscribe/too-many", secret: true },
  { route: "app/[lang]/(session)/reports/page.tsx", path: "/reports" },
  { route: "app/[lang]/(session)/reports/[period]/page.tsx", path: latestReport },
  { route: "app/[lang]/(session)/login/page.tsx", path: "/login" },
  // A link that does not work (the page for a working one is opened in people-admin.spec.ts).
  {
    route: "app/[lang]/(session)/set-password/[token]/page.tsx",
    path: `/set-password/${"x".repeat(43)}`,
    secret: true,
  },
  // Another page of an action's history (`?history=N` is served from its own route).
  {
    route: "app/[lang]/(public)/actions/[code]/history/[page]/page.tsx",
    path: "/actions/1.4?history=2",
    variant: true,
  },
  { route: "app/[lang]/(public)/not-found.tsx", path: "/actions/9.99", status: 404 },
  { route: "app/[lang]/(public)/[...rest]/page.tsx", path: "/no-such-page", status: 404 },
  // Staff
  {
    route: "app/[lang]/(session)/reports/[period]/page.tsx",
    path: latestReport,
    as: "monitor",
  },
  { route: "app/[lang]/(session)/my/page.tsx", path: "/my", as: "leadStaff" },
  { route: "app/[lang]/(session)/my/account/page.tsx", path: "/my/account", as: "leadStaff" },
  { route: "app/[lang]/(session)/actions/[code]/update/page.tsx", path: "/actions/1.5/update", as: "leadStaff" },
  { route: "app/[lang]/(session)/review/page.tsx", path: "/review", as: "monitor" },
  { route: "app/[lang]/(session)/dashboard/page.tsx", path: "/dashboard", as: "monitor" },
  { route: "app/[lang]/(session)/stocktake/analysis/page.tsx", path: "/stocktake/analysis", as: "monitor" },
  {
    route: "app/[lang]/(session)/dashboard/actions/page.tsx",
    path: "/dashboard/actions?flag=milestones-slipping",
    as: "monitor",
  },
  // A widget's full list on its second page: the table, the range and the page links.
  {
    route: "app/[lang]/(session)/dashboard/lists/[list]/page.tsx",
    path: "/dashboard/lists/compliance?page=2",
    as: "monitor",
  },
  { route: "app/[lang]/(session)/admin/page.tsx", path: "/admin", as: "admin" },
  { route: "app/[lang]/(session)/admin/agencies/page.tsx", path: "/admin/agencies", as: "admin" },
  { route: "app/[lang]/(session)/admin/agencies/new/page.tsx", path: "/admin/agencies/new", as: "admin" },
  // The first agency the demo seeds (TEC), with its people.
  { route: "app/[lang]/(session)/admin/agencies/[id]/page.tsx", path: "/admin/agencies/1", as: "admin" },
  { route: "app/[lang]/(session)/admin/users/page.tsx", path: "/admin/users?role=agency_staff", as: "admin" },
  { route: "app/[lang]/(session)/admin/users/new/page.tsx", path: "/admin/users/new", as: "admin" },
  // A demo staff member's account (the demo seeds the administrator and the monitor first): every form.
  { route: "app/[lang]/(session)/admin/users/[id]/page.tsx", path: "/admin/users/3", as: "admin" },
  // Filtered, with one filter refused (its message beside the field), as a TEC monitor.
  { route: "app/[lang]/(session)/admin/audit/page.tsx", path: "/admin/audit?entity=user&to=not-a-date", as: "monitor" },
  // The demo keeps mail in the outbox (no mail server): the notice and the empty list.
  { route: "app/[lang]/(session)/admin/outbox/page.tsx", path: "/admin/outbox", as: "admin" },
  { route: "app/[lang]/(session)/admin/translations/page.tsx", path: "/admin/translations", as: "admin" },
  {
    route: "app/[lang]/(session)/admin/translations/imports/[id]/page.tsx",
    path: checkedImport,
    as: "admin",
  },
  // The latest closed period's newsletter: preview, HTML to copy, test and send buttons.
  { route: "app/[lang]/(session)/admin/newsletter/page.tsx", path: "/admin/newsletter", as: "monitor" },
  { route: "app/[lang]/(session)/admin/periods/page.tsx", path: "/admin/periods", as: "monitor" },
  {
    route: "app/[lang]/(session)/admin/periods/[id]/page.tsx",
    path: firstLink("/admin/periods", "/admin/periods/"),
    as: "monitor",
  },
  { route: "app/[lang]/(session)/admin/indicators/page.tsx", path: "/admin/indicators", as: "monitor" },
  { route: "app/[lang]/(session)/admin/indicators/new/page.tsx", path: "/admin/indicators/new", as: "monitor" },
  { route: "app/[lang]/(session)/admin/indicators/[code]/page.tsx", path: "/admin/indicators/I1", as: "monitor" },
  { route: "app/[lang]/(session)/admin/plan/page.tsx", path: "/admin/plan", as: "monitor" },
  // An action with its milestones, criteria, dependencies and the stop, merge and split forms.
  {
    route: "app/[lang]/(session)/admin/plan/[entity]/[...key]/page.tsx",
    path: "/admin/plan/action/1.4",
    as: "monitor",
  },
  { route: "app/[lang]/(session)/admin/plan/draft/page.tsx", path: "/admin/plan/draft", as: "monitor" },
  { route: "app/[lang]/(session)/admin/plan/export/page.tsx", path: "/admin/plan/export", as: "monitor" },
  // Refused without JavaScript: the notice above the upload form.
  {
    route: "app/[lang]/(session)/admin/plan/import/page.tsx",
    path: "/admin/plan/import?refused=not_spreadsheet",
    as: "monitor",
  },
  { route: "app/[lang]/(session)/admin/plan/import/[id]/page.tsx", path: planImportPreview, as: "monitor" },
  { route: "app/[lang]/(session)/admin/stocktake/page.tsx", path: "/admin/stocktake", as: "monitor" },
  { route: "app/[lang]/(session)/admin/stocktake/new/page.tsx", path: "/admin/stocktake/new", as: "monitor" },
  { route: "app/[lang]/(session)/admin/stocktake/[round]/page.tsx", path: inFirstRound(""), as: "monitor" },
  {
    route: "app/[lang]/(session)/admin/stocktake/[round]/questions/[question]/page.tsx",
    path: async (page) => firstLink(await inFirstRound("")(page), `${await inFirstRound("/questions/")(page)}`)(page),
    as: "monitor",
  },
  {
    route: "app/[lang]/(session)/admin/stocktake/[round]/responses/page.tsx",
    path: inFirstRound("/responses"),
    as: "monitor",
  },
  // A response of the demo's closed round, which has responses in every state.
  {
    route: "app/[lang]/(session)/admin/stocktake/[round]/responses/[response]/page.tsx",
    path: firstLink(
      "/admin/stocktake/careers-employment-2026/responses",
      "/admin/stocktake/careers-employment-2026/responses/",
    ),
    as: "monitor",
  },
  { route: "app/[lang]/(session)/not-found.tsx", path: "/dashboard/lists/no-such-list", as: "monitor", status: 404 },
  { route: "app/[lang]/(session)/forbidden.tsx", path: "/dashboard", as: "leadStaff", status: 403 },
];

/** The pages anyone may open: no sign-in, and a 200 answer. */
export const PUBLIC_TEMPLATES = TEMPLATES.filter((t) => !t.as && !t.variant && !t.secret && (t.status ?? 200) === 200);
