/**
 * Submitting the app's forms the way a browser without JavaScript does: read the page, take the
 * form's fields with their current values (hidden ones included: Next.js puts the server action's
 * reference there), change the ones a person would, and post them as multipart form data from our
 * own origin. Enough HTML reading for the app's own well-formed pages, no more.
 */
import { headersWith, type CookieJar } from "../../../scripts/support/app-server";

export type FormField = { name: string; value: string };
export type ParsedForm = { action: string | null; fields: FormField[]; html: string };

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (whole, code: string) => {
    const c = code.toLowerCase();
    if (c.startsWith("#x")) return String.fromCodePoint(parseInt(c.slice(2), 16));
    if (c.startsWith("#")) return String.fromCodePoint(Number(c.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[c] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const inner = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const m of inner.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  return out;
}

/** The fields a browser would send for this form as it stands (checked boxes, selected options). */
function fieldsOf(html: string): FormField[] {
  const fields: FormField[] = [];
  const tags = /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/gi;
  for (const m of html.matchAll(tags)) {
    const open = /^<\w+\b[^>]*>/.exec(m[0])![0];
    const a = attributes(open);
    const name = a.get("name");
    if (!name || a.has("disabled")) continue;
    if (open.toLowerCase().startsWith("<textarea")) {
      fields.push({ name, value: decodeEntities(m[1] ?? "").replace(/^\n/, "") });
    } else if (open.toLowerCase().startsWith("<select")) {
      const options = [...(m[2] ?? "").matchAll(/<option\b[^>]*>/gi)].map((o) => attributes(o[0]));
      const chosen = options.find((o) => o.has("selected")) ?? options[0];
      if (chosen) fields.push({ name, value: chosen.get("value") ?? "" });
    } else {
      const type = (a.get("type") ?? "text").toLowerCase();
      if (type === "submit" || type === "button" || type === "image" || type === "file" || type === "reset") continue;
      if ((type === "checkbox" || type === "radio") && !a.has("checked")) continue;
      fields.push({ name, value: a.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "") });
    }
  }
  return fields;
}

/** Every form on the page, in order. */
export function formsOf(html: string): ParsedForm[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((m) => {
    const open = /^<form\b[^>]*>/i.exec(m[0])![0];
    const a = attributes(open);
    return { action: a.get("action") ?? null, fields: fieldsOf(m[0]), html: m[0] };
  });
}

/** The first form that holds a field with this name (and value, when given). */
export function findForm(html: string, field: string, value?: string): ParsedForm | undefined {
  return formsOf(html).find((f) =>
    f.fields.some((x) => x.name === field && (value === undefined || x.value === value)),
  );
}

/** The form's fields with `changes` applied: a string replaces the field's value, null removes it. */
export function withChanges(form: ParsedForm, changes: Record<string, string | null>): FormData {
  const data = new FormData();
  const seen = new Set<string>();
  for (const f of form.fields) {
    if (f.name in changes) {
      if (seen.has(f.name)) continue;
      seen.add(f.name);
      const v = changes[f.name];
      if (v !== null && v !== undefined) data.append(f.name, v);
    } else data.append(f.name, f.value);
  }
  for (const [name, v] of Object.entries(changes)) if (!seen.has(name) && v !== null) data.append(name, v);
  return data;
}

export type Posted = { status: number; location: string | null; html: string; ms: number };

/** Posts a form as a browser without JavaScript does, from the app's own origin. */
export async function postForm(
  base: string,
  jar: CookieJar,
  page: string,
  data: FormData,
  signal?: AbortSignal,
): Promise<Posted> {
  const started = performance.now();
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: headersWith(jar, { origin: base }),
    body: data,
    signal,
  });
  jar.take(response);
  const html = await response.text();
  return { status: response.status, location: response.headers.get("location"), html, ms: performance.now() - started };
}

export async function getPage(base: string, jar: CookieJar, page: string, signal?: AbortSignal) {
  const started = performance.now();
  const response = await fetch(`${base}${page}`, { headers: headersWith(jar), redirect: "manual", signal });
  jar.take(response);
  const html = await response.text();
  return { status: response.status, location: response.headers.get("location"), html, ms: performance.now() - started };
}
