/**
 * Sends a generated hostile request to a running app and judges the answer: never a 5xx, every
 * refusal a 4xx that says something (or a form error in a 200), and no stack trace or database
 * detail in what comes back.
 */
import { CookieJar, signIn } from "../../../scripts/support/app-server";
import { DEMO_PASSWORD } from "./demo-app";
import { originHeaders, PERSONA_EMAILS, type HostileRequest, type Persona, type ServerAction } from "./hostile-inputs";

export type Sessions = Record<Persona, CookieJar>;

export async function signInPersonas(base: string): Promise<Sessions> {
  const sessions = { anonymous: new CookieJar() } as Sessions;
  for (const [persona, email] of Object.entries(PERSONA_EMAILS)) {
    sessions[persona as Persona] = await signIn(base, email, DEMO_PASSWORD);
  }
  return sessions;
}

/** Actions that end the caller's sessions: sent only without one, so the run keeps its personas. */
const ENDS_SESSIONS = new Set(["signOutAction", "signOutEverywhereAction"]);

/** React's reply encoding escapes a string argument that starts with "$". */
const escapeReply = (v: unknown): unknown =>
  typeof v === "string" && v.startsWith("$")
    ? `$${v}`
    : v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeReply(x)]))
      : v;

function form(fields: [string, string][], prefix = ""): FormData {
  const body = new FormData();
  for (const [name, value] of fields) {
    if (name === "file") body.append(prefix + name, new Blob([value]), "upload.xlsx");
    else body.append(prefix + name, value);
  }
  return body;
}

export type Sent = { label: string; status: number; body: string; ms: number };

export async function send(
  base: string,
  sessions: Sessions,
  actions: ServerAction[],
  r: HostileRequest,
): Promise<Sent> {
  const started = performance.now();
  let url: string;
  let init: RequestInit;
  let label: string;
  if (r.kind === "action") {
    const action = actions[r.action]!;
    const persona = ENDS_SESSIONS.has(action.name) ? "anonymous" : r.persona;
    const headers: Record<string, string> = { cookie: sessions[persona].header(), ...originHeaders(r.origin, base) };
    let body: BodyInit;
    if (r.style === "react") {
      body = form(r.fields, "1_");
      body.append("0", JSON.stringify([escapeReply(r.state), "$K1"]));
      Object.assign(headers, { "next-action": action.id, accept: "text/x-component" });
    } else if (r.style === "garbage") {
      body = typeof r.state === "string" ? r.state : JSON.stringify(r.state);
      Object.assign(headers, {
        "next-action": action.id,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
      });
    } else {
      body = form(r.fields);
      body.append(`$ACTION_ID_${action.id}`, "");
    }
    const page = r.path ?? action.pages[r.page % Math.max(1, action.pages.length)] ?? "/";
    url = `${base}${page}`;
    init = { method: "POST", headers, body };
    label = `${r.style} ${action.name} (${action.file}) at ${page} as ${persona}, origin ${r.origin}`;
  } else if (r.kind === "get") {
    const query = new URLSearchParams(r.query).toString();
    url = `${base}${r.path}${query ? `?${query}` : ""}`;
    init = { headers: { cookie: sessions[r.persona].header() } };
    label = `GET ${r.path}${query ? `?${query.slice(0, 200)}` : ""} as ${r.persona}`;
  } else {
    const body = form(r.fields);
    if (r.file)
      for (const name of ["file", "workbook"]) body.append(name, new Blob([new Uint8Array(r.file)]), "upload.json");
    url = `${base}${r.path}`;
    init = {
      method: "POST",
      headers: { cookie: sessions[r.persona].header(), ...originHeaders(r.origin, base) },
      body,
    };
    label = `POST ${r.path} as ${r.persona}, origin ${r.origin}`;
  }
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    body = await response.text();
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message} (${String((error as Error).cause ?? "")})`);
  }
  return { label, status: response.status, body, ms: performance.now() - started };
}

/** Database or runtime detail that must never reach a client. */
const LEAKS = [
  /\bat [\w.<>]+ \([^)]*:\d+:\d+\)/,
  /PostgresError|PGlite|DrizzleQueryError|Failed query:/,
  /relation "[a-z_]+"|violates (?:not-null|foreign key|unique|check) constraint|syntax error at or near/,
  /invalid byte sequence for encoding/,
];

/** What is wrong with an answer, or null when it is a proper one. */
export function problemWith(sent: Sent): string | null {
  if (sent.status >= 500) return `${sent.status}: ${sent.body.slice(0, 300)}`;
  const leak = LEAKS.find((p) => p.test(sent.body));
  if (leak) return `leaks ${leak}: ${sent.body.slice(0, 300)}`;
  if (sent.status >= 400 && sent.status !== 405 && sent.status !== 431 && sent.body.trim() === "")
    return `${sent.status} with an empty body`;
  return null;
}
