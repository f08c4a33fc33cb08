/**
 * Generated hostile requests (fast-check): every server action in the build, posted as React posts
 * it (with JavaScript) and as a plain form does (without), every API route, route handler, query
 * parameter and upload, with values that are the wrong type, huge, empty, control characters, mixed
 * Unicode normalisation, SQL and HTML meta-characters, duplicated fields, stale versions, and with a
 * missing, forged or `null` Origin.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { PROJECT_ROOT } from "./demo-app";

export type ServerAction = { id: string; file: string; name: string; pages: string[] };

/** An example address for each dynamic segment of a page route. */
const EXAMPLE_SEGMENTS: Record<string, string> = {
  "[code]": "1.5",
  "[id]": "1",
  "[number]": "2",
  "[slug]": "tec",
  "[period]": "2026-q3",
  "[page]": "2",
  "[token]": "x".repeat(43),
  "[entity]": "action",
  "[...key]": "1.5",
  "[...rest]": "no-such-page",
};

/** The address of a page route (`app/[lang]/(session)/admin/users/[id]/page` → `/admin/users/1`). */
export function pageAddress(route: string): string {
  const parts = route
    .replace(/^app\/\[lang\]/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p))
    .map((p) => EXAMPLE_SEGMENTS[p] ?? p);
  return `/${parts.join("/")}`;
}

/** Every server action of a build, from its server reference manifest, with the pages that offer it. */
export function serverActions(root = PROJECT_ROOT): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({
    id,
    file: v.filename ?? "?",
    name: v.exportedName ?? "?",
    pages: Object.keys(v.workers ?? {})
      .filter((w) => w.endsWith("/page"))
      .map(pageAddress),
  }));
}

/** Every form field name the app reads or renders (`formData.get("x")`, `name="x"`), from its sources. */
export function formFieldNames(root = PROJECT_ROOT): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry)) {
        const source = readFileSync(full, "utf8");
        for (const m of source.matchAll(/formData\.(?:get|getAll|has)\("([^"]+)"\)|\bname="([A-Za-z_][\w.[\]-]*)"/g))
          names.add(m[1] ?? m[2]!);
      }
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(path.join(root, dir));
  return [...names].sort();
}

const META = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(5)",
  '"><script>alert(1)</script>',
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "${7*7}{{7*7}}",
  "../../../etc/passwd",
  "%00%0d%0a",
  '=HYPERLINK("http://x")',
  "$K1",
  "$@0",
  "$Q0",
  "$F1",
  "$undefined",
  "__proto__",
  "constructor",
];
const NUMBERS = [
  "-1",
  "0",
  "1",
  "2",
  "3",
  "1.5",
  "1e309",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "2147483648",
  "-0",
  "0x10",
];
const DATES = ["2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "2026-11-22", "2026-q3", "2026-q9", "yesterday"];
const UNICODE = [
  "Ma\u0304ori", // NFD: a + combining macron
  "Māori",
  "e\u0301\u0301\u0301",
  "\u202eevil\u202c",
  "\u200b\u200d\ufeff",
  "𝕄𝕒𝕙𝕖𝕣𝕖",
  "🇳🇿👩🏽‍💻",
  "\ud800", // a lone surrogate
  "\uffff\ufffe",
  "ﬁ ﬀ Ⅻ", // compatibility forms
];
const CONTROL = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 20 });

/** One hostile value for a text field. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...META, ...NUMBERS, ...DATES, ...UNICODE, "", " ", "\t\n", "true", "on", "[]", "{}"),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", maxLength: 20 }) },
  { weight: 2, arbitrary: CONTROL },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(5_000, 70_000, 300_000, 1_100_000), fc.constantFrom("x", "ā", "<", "'", " "))
      .map(([n, c]) => c.repeat(n)),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...META, ...UNICODE), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
  },
);

export type Persona = "anonymous" | "monitor" | "admin" | "staff" | "approver";
export const PERSONA_EMAILS: Record<Exclude<Persona, "anonymous">, string> = {
  monitor: "monitor@example.org",
  admin: "admin@example.org",
  staff: "staff.tec@example.org",
  approver: "approver.tec@example.org",
};

export type OriginKind = "same" | "none" | "null" | "other" | "malformed" | "same-fetch-site";

/** A request the part sends: everything needed to build it, and a label for a failure. */
export type HostileRequest =
  | {
      kind: "action";
      style: "react" | "plain" | "garbage";
      action: number; // index into the build's actions
      /** One of the pages that offer the action (index, modulo their count), or another page. */
      page: number;
      path: string | null;
      fields: [string, string][];
      state: unknown;
      persona: Persona;
      origin: OriginKind;
    }
  | { kind: "get"; path: string; query: [string, string][]; persona: Persona }
  | {
      kind: "post";
      path: string;
      fields: [string, string][];
      file: Uint8Array | null;
      persona: Persona;
      origin: OriginKind;
    };

/** The pages an action is posted to: its own, a public one, a staff one, in either language. */
const ACTION_PATHS = [
  "/",
  "/login",
  "/my",
  "/review",
  "/admin/agencies",
  "/admin/users",
  "/mi/subscribe",
  "/actions/1.5/update",
  "/status",
];

/** Addresses read with a query: the public list filters, the API, the dashboard, reports, feeds. */
const GET_PATHS = [
  "/actions",
  "/mi/actions",
  "/actions/1.5",
  "/actions/{x}",
  "/workstreams/{x}",
  "/workstreams/{x}/feed.xml",
  "/agencies/{x}",
  "/recommendations/{x}",
  "/indicators",
  "/timeline",
  "/changes",
  "/feed.xml",
  "/dashboard",
  "/dashboard/actions",
  "/dashboard/csv/{x}",
  "/reports/{x}",
  "/reports/{x}/report.csv",
  "/reports/{x}/report.xlsx",
  "/review",
  "/my",
  "/actions/1.5/update",
  "/admin/audit",
  "/admin/audit/audit.csv",
  "/admin/users/{x}",
  "/admin/periods/{x}",
  "/admin/indicators/{x}",
  "/admin/plan/export/{x}",
  "/admin/outbox",
  "/set-password/{x}",
  "/subscribe/confirm/{x}",
  "/subscribe/manage/{x}",
  "/subscribe/unsubscribe/{x}",
  "/language",
  "/login",
  "/api/v1/plan",
  "/api/v1/actions",
  "/api/v1/actions/{x}",
  "/api/v1/updates",
  "/api/v1/updates.csv",
  "/api/v1/actions.csv",
  "/api/v1/plan.csv",
  "/api/v1/indicators",
  "/api/v1/indicators.csv",
  "/api/v1/{x}",
  "/api/account",
];
const QUERY_NAMES = [
  "q",
  "workstream",
  "agency",
  "stage",
  "confidence",
  "period",
  "since",
  "limit",
  "cursor",
  "after",
  "page",
  "history",
  "update",
  "done",
  "problem",
  "callbackUrl",
  "format",
  "lang",
  "to",
  "from",
  "type",
  "actor",
  "widget",
  "refused",
];

/** Route handlers that take a post: uploads, the plan import's apply step, unsubscribing, the account API. */
const POST_PATHS = [
  "/admin/plan/import/upload",
  "/admin/plan/import/{x}/apply",
  "/api/subscriptions/unsubscribe/{x}",
  "/api/account",
  "/language",
  "/api/v1/actions",
  "/feed.xml",
];

const segment = fc.oneof(
  fc.constantFrom(
    "1",
    "1.5",
    "2026-q3",
    "2026-q4",
    "tec",
    "abc",
    "999999",
    "0",
    "-1",
    "%00",
    "%2e%2e",
    "..",
    "x".repeat(300),
    "%F0%9F%98%80",
    "%ZZ",
    "mahere-plan.json",
    "mahere-plan.xlsx",
    "status-mix",
  ),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
  fc.webSegment(),
);
const fill = (template: string) => segment.map((s) => template.replace("{x}", s));

const persona = fc.constantFrom<Persona>("anonymous", "anonymous", "monitor", "admin", "staff", "approver");
const origin = fc.constantFrom<OriginKind>(
  "same",
  "same",
  "same",
  "none",
  "null",
  "other",
  "malformed",
  "same-fetch-site",
);

export function hostileRequests(actionCount: number, fieldNames: string[]): fc.Arbitrary<HostileRequest> {
  const fieldName = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const fields = fc.array(fc.tuple(fieldName, hostileValue), { maxLength: 14 }).chain((list) =>
    // Duplicated fields: the same name again with another value.
    fc
      .boolean()
      .map((dup) => (dup && list.length > 0 ? [...list, [list[0]![0], "duplicate"] as [string, string]] : list)),
  );
  const state = fc.oneof(
    fc.constant({ status: "idle" }),
    fc.constant({}),
    fc.constant(null),
    fc.record({
      status: fc.constantFrom("idle", "error", "done"),
      attempt: fc.oneof(fc.integer(), fc.string()),
      message: hostileValue,
    }),
    hostileValue,
  );
  const action = fc.record({
    kind: fc.constant("action" as const),
    style: fc.constantFrom("react" as const, "react" as const, "plain" as const, "garbage" as const),
    action: fc.nat({ max: actionCount - 1 }),
    page: fc.nat(),
    path: fc.oneof(
      { weight: 7, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...ACTION_PATHS) },
    ),
    fields,
    state,
    persona,
    origin,
  });
  const get = fc.record({
    kind: fc.constant("get" as const),
    path: fc.constantFrom(...GET_PATHS).chain(fill),
    query: fc.array(
      fc.tuple(
        fc.constantFrom(...QUERY_NAMES),
        hostileValue.map((v) => v.slice(0, 3000)),
      ),
      { maxLength: 5 },
    ),
    persona,
  });
  const post = fc.record({
    kind: fc.constant("post" as const),
    path: fc.constantFrom(...POST_PATHS).chain(fill),
    fields,
    file: fc.option(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc
          .constantFrom(
            "PK\u0003\u0004garbage",
            '{"sheets":{}}',
            '{"sheets":{"actions":[{"title":"<b>x</b>"}]}}',
            "not json",
          )
          .map((s) => new TextEncoder().encode(s)),
      ),
      { nil: null },
    ),
    persona,
    origin,
  });
  return fc.oneof({ weight: 6, arbitrary: action }, { weight: 3, arbitrary: get }, { weight: 1, arbitrary: post });
}

/** The request's Origin and Sec-Fetch-Site headers for its kind of origin. */
export function originHeaders(kind: OriginKind, base: string): Record<string, string> {
  switch (kind) {
    case "same":
      return { origin: base };
    case "none":
      return {};
    case "null":
      return { origin: "null" };
    case "other":
      return { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    case "malformed":
      return { origin: "http://[::1" };
    case "same-fetch-site":
      return { "sec-fetch-site": "same-origin" };
  }
}
