/**
 * Calling a server action the way the app's own JavaScript does (for forms that only work with
 * it, such as the review steps): a POST to the page with the action's id in `Next-Action` and
 * the arguments encoded as React encodes a `(previousState, formData)` call. The ids come from the
 * build's server reference manifest, found by file and export name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { headersWith, type CookieJar } from "../../../scripts/support/app-server";

const root = path.resolve(import.meta.dirname, "../../..");
type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

let manifest: Manifest | null = null;

/** The id of `exportName` in `file` (relative to the repository) in the current build. */
export function actionId(file: string, exportName: string): string {
  manifest ??= JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest!.node).find(([, v]) => v.filename === file && v.exportedName === exportName);
  if (!found) throw new Error(`No server action ${exportName} in ${file} in the build.`);
  return found[0];
}

/** React's reply encoding of `[state, formData]`: the form's entries under `_1_`, the root under `0`. */
function encodeCall(state: Record<string, unknown>, fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  const escape = (v: unknown): unknown =>
    typeof v === "string" && v.startsWith("$")
      ? `$${v}`
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)]))
        : v;
  body.append("0", JSON.stringify([escape(state), "$K1"]));
  return body;
}

export type ActionAnswer = {
  status: number;
  /** Where the action redirected to (`redirect()`), if it did. */
  redirect: string | null;
  /** The returned state's message, when it returned one. */
  message: string | null;
  body: string;
  ms: number;
};

export async function callAction(
  base: string,
  jar: CookieJar,
  page: string,
  id: string,
  fields: Record<string, string>,
  state: Record<string, unknown> = { status: "idle", attempt: 0 },
  signal?: AbortSignal,
): Promise<ActionAnswer> {
  const started = performance.now();
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: headersWith(jar, { origin: base, "next-action": id, accept: "text/x-component" }),
    body: encodeCall(state, fields),
    signal,
  });
  jar.take(response);
  const body = await response.text();
  const redirect = response.headers.get("x-action-redirect");
  const message = /"status":"error"[^\n]*?"message":"((?:[^"\\]|\\.)*)"/.exec(body)?.[1] ?? null;
  return {
    status: response.status,
    redirect: redirect ? redirect.split(";")[0]! : null,
    message: message ? (JSON.parse(`"${message}"`) as string) : null,
    body,
    ms: performance.now() - started,
  };
}
