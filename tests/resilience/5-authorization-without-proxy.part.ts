/**
 * Part 5, authorization without the proxy: the app built with proxy.ts left out (a copy of the
 * project, its own .next) beside the normal build, both on a fresh demo database. Every persona of
 * the permission matrix opens every page template and every route handler that serves a file, on
 * both; every server action is called without a session on its own page. Nothing may open without
 * the proxy that the normal build refuses: the proxy only sends people without a session to sign
 * in, so a signed-in persona must get the very same answer from both, and an anonymous caller a
 * refusal (sign in, 401, 403, 404), never the page. Anonymous server-action calls must change
 * nothing (the audit trail, where every change is written, stays as it was seeded).
 *
 * `--short` needs a second build (80 s or more), too long for CI: it runs only when a build
 * without the proxy is already there (RESILIENCE_PROXYLESS_ROOT), and otherwise says so and checks
 * on the normal build that an address encoded to slip past the proxy's patterns opens nothing.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { isSitePath, languageOfPath } from "../../i18n/routing";
import { CookieJar, signIn } from "../../scripts/support/app-server";
import { TEMPLATES } from "../e2e/templates";
import { EXPECTED, PERSONA_EMAILS, PERSONAS, type Persona } from "../support/update-permission-matrix";
import { DEMO_PASSWORD, removeDatabase, startDemoApp, type DemoApp } from "./support/demo-app";
import { serverActions, type ServerAction } from "./support/hostile-inputs";
import { check, expect, log, onCleanUp, runPart, SHORT } from "./support/part";
import { buildWithoutProxy } from "./support/proxyless-build";

const PORT = Number(process.env.RESILIENCE_AUTHZ_PORT ?? 3444);

/** Route handlers that serve staff files, with an example address. */
const ROUTE_HANDLERS = [
  "/dashboard/csv/status-mix",
  "/admin/audit/audit.csv",
  "/admin/plan/export/mahere-plan.json",
  "/admin/plan/export/mahere-plan.xlsx",
  "/admin/translations/translations.xlsx",
  "/reports/2026-q3/report.csv",
  "/reports/2026-q3/report.xlsx",
  "/api/account",
];

/** Every page template with a fixed example address, and every staff file. */
const ADDRESSES = [
  ...new Set([...TEMPLATES.filter((t) => typeof t.path === "string").map((t) => t.path as string), ...ROUTE_HANDLERS]),
];

type Answer = { status: number; location: string; body: string };

/**
 * Where the build without the proxy serves an address: the proxy serves English site pages from
 * their `/en` route, so without it they are asked for there (`/actions` → `/en/actions`).
 */
const withoutProxy = (address: string) =>
  !isSitePath(address) || languageOfPath(address) === "mi" ? address : `/en${address === "/" ? "" : address}`;

async function open(app: DemoApp, jar: CookieJar, address: string): Promise<Answer> {
  const response = await fetch(`${app.base}${address}`, { headers: { cookie: jar.header() }, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location") ?? "", body: await response.text() };
}

const refusal = (a: Answer) =>
  [401, 403, 404].includes(a.status) || ([303, 307, 308].includes(a.status) && a.location.includes("/login"));

async function sessions(app: DemoApp): Promise<Record<Persona, CookieJar>> {
  const jars = { anonymous: new CookieJar() } as Record<Persona, CookieJar>;
  for (const [persona, email] of Object.entries(PERSONA_EMAILS))
    jars[persona as Persona] = await signIn(app.base, email, DEMO_PASSWORD);
  return jars;
}

async function auditCount(pgliteDir: string): Promise<number> {
  const db = await PGlite.create(pgliteDir);
  try {
    return (await db.query<{ n: number }>("select count(*)::int as n from audit_events")).rows[0]!.n;
  } finally {
    await db.close();
  }
}

/** An anonymous call of an action on its own page, as React sends it, with the fields its forms use. */
async function callAnonymously(app: DemoApp, action: ServerAction): Promise<Answer> {
  const body = new FormData();
  for (const [k, v] of Object.entries({
    updateId: "1",
    version: "1",
    actionCode: "1.5",
    id: "1",
    email: "x@example.org",
  }))
    body.append(`1_${k}`, v);
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const page = withoutProxy(action.pages[0] ?? "/");
  const response = await fetch(`${app.base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: app.base, "next-action": action.id, accept: "text/x-component" },
    body,
  });
  return {
    status: response.status,
    location: response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "",
    body: await response.text(),
  };
}

void runPart("5. Authorization without the proxy", async () => {
  const prebuilt = process.env.RESILIENCE_PROXYLESS_ROOT;
  if (SHORT && !(prebuilt && existsSync(path.join(prebuilt, ".next")))) {
    log(
      "short: no build without the proxy to reuse (RESILIENCE_PROXYLESS_ROOT), so the matrix runs in the full suite only",
    );
    const app = await startDemoApp(PORT);
    onCleanUp(() => removeDatabase(app));
    onCleanUp(() => app.stop());
    await check("addresses encoded to slip past the proxy's patterns open no staff page", async () => {
      const jar = new CookieJar();
      for (const address of ["/%6Dy", "/%6dy/account", "/%61dmin/users", "/%64ashboard", "/%72eview", "/mi/%6Dy"]) {
        const answer = await open(app, jar, address);
        expect(answer.status !== 200, `${address} answered 200`);
      }
    });
    return;
  }

  const root = prebuilt ?? buildWithoutProxy();
  const [bare, guarded] = await Promise.all([startDemoApp(PORT, { root }), startDemoApp(PORT + 1)]);
  for (const app of [bare, guarded]) {
    onCleanUp(() => removeDatabase(app));
    onCleanUp(() => app.stop());
  }
  const [bareJars, guardedJars] = await Promise.all([sessions(bare), sessions(guarded)]);
  const actions = serverActions(root);
  log(`${PERSONAS.length} personas × ${ADDRESSES.length} pages and files; ${actions.length} server actions`);

  await check(
    `every persona × every page and staff file: nothing opens without the proxy that the normal build refuses`,
    async () => {
      const problems: string[] = [];
      let asked = 0;
      for (const persona of PERSONAS) {
        for (const address of ADDRESSES) {
          const [without, withProxy] = await Promise.all([
            open(bare, bareJars[persona], withoutProxy(address)),
            open(guarded, guardedJars[persona], address),
          ]);
          asked++;
          if (without.status >= 500) problems.push(`${persona} ${address}: ${without.status} without the proxy`);
          else if (persona === "anonymous" && refusal(withProxy) && !refusal(without))
            problems.push(
              `${persona} ${address}: ${without.status} without the proxy, refused with it (${withProxy.status})`,
            );
          else if (persona !== "anonymous" && without.status !== withProxy.status)
            problems.push(`${persona} ${address}: ${without.status} without the proxy, ${withProxy.status} with it`);
        }
      }
      log(`${asked} pages and files opened on both builds`);
      expect(problems.length === 0, problems.join("\n"));
    },
  );

  const before = { audit: 0 };
  await check("the anonymous caller is refused every server action, as the matrix says", async () => {
    // The matrix's anonymous row refuses every operation; the other actions are staff-only too.
    expect(
      Object.values(EXPECTED.anonymous).every((allowed) => !allowed),
      "the matrix lets the anonymous caller do something",
    );
    const problems: string[] = [];
    for (const action of actions) {
      if (/signInWith|signOut|followAction|confirmAction|unsubscribeAction|stopAction/.test(action.name)) continue; // public by design
      const answer = await callAnonymously(bare, action);
      if (answer.status >= 500) problems.push(`${action.name}: ${answer.status}`);
      if (/done=|[?&]saved|published/.test(answer.location))
        problems.push(`${action.name}: went through (${answer.location})`);
    }
    expect(problems.length === 0, problems.join("\n"));
  });

  await Promise.all([bare.stop(), guarded.stop()]);
  await check("no anonymous call changed anything: the audit trail is as seeded", async () => {
    const [without, withProxy] = await Promise.all([auditCount(bare.pgliteDir), auditCount(guarded.pgliteDir)]);
    before.audit = withProxy;
    expect(without === withProxy, `${without - withProxy} audit events more without the proxy`);
  });
});
