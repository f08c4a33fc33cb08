/**
 * Checks that the running app serves the size's own database, not another size's cached plan, and
 * finds a static asset to compare the pages with.
 */
import { CookieJar, headersWith } from "../support/app-server";
import type { SizeFacts } from "./sizes";

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

async function get(base: string, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`, { headers: headersWith(new CookieJar()), redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

/**
 * Throws unless `/api/v1/plan` lists exactly the database's actions and `/` shows its plan's title.
 * Returns the home page's HTML.
 */
export async function checkServesSize(base: string, facts: SizeFacts, expectedActions: number | null): Promise<string> {
  if (expectedActions !== null && facts.actions !== expectedActions) {
    throw new Error(`The database holds ${facts.actions} actions, not the size's ${expectedActions}.`);
  }
  const api = await get(base, "/api/v1/plan");
  if (api.status !== 200) throw new Error(`/api/v1/plan answered ${api.status}, so the size cannot be checked.`);
  const served = (JSON.parse(api.text) as { actions?: unknown[] }).actions?.length;
  if (served !== facts.actions) {
    throw new Error(
      `/api/v1/plan lists ${served ?? "no"} actions but this size's database holds ${facts.actions}: ` +
        "the app is serving another database's (cached) plan, so its figures would be wrong.",
    );
  }
  const home = await get(base, "/");
  if (home.status !== 200 || !home.text.includes(escapeHtml(facts.planTitle))) {
    throw new Error(`/ (status ${home.status}) does not show this size's plan title "${facts.planTitle}".`);
  }
  return home.text;
}

/** A file under /_next/static/ the page links to (a stylesheet if there is one), or null. */
export function staticAssetOf(html: string): string | null {
  const found = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"?#]+)"/g)].map((m) => m[1]!);
  return found.find((p) => p.endsWith(".css")) ?? found[0] ?? null;
}
