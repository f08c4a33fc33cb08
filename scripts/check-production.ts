/**
 * `npm run check:production [-- --report file.json]`
 *
 * Starts the built app the way a deployment does (`npm start`, never `--demo`) against a throwaway
 * PostgreSQL cluster, and checks what docs/deploy.md promises: a missing or bad setting stops the
 * start; a good configuration migrates, serves and seeds nothing; absolute links are on the public
 * address; public responses set no cookie; cross-site and oversized posts are refused; no demo
 * banner; `npm run user:create` makes an administrator who can sign in; servers on one database show
 * the same plan (a change made in SQL, an update a TEC monitor publishes in the browser on another
 * server), and a server on another database never shows it.
 *
 * One line per check and a closing `N passed, N failed`; with `--report`, the same counts as JSON for
 * scripts/sum-test-results.mjs. The cluster and the app are stopped and removed at the end, on
 * failure and on Ctrl-C too.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { LOCALE_COOKIE } from "../i18n/config";
import { databaseUrl } from "../tests/support/template-kinds";
import { freePort, startThrowawayPostgres, type PostgresServer } from "../tests/support/postgres-server";
import { attemptSignIn, CookieJar, headersWith, signIn, stopProcessGroup, waitUntilReady } from "./support/app-server";
import { publishInBrowser } from "./support/publish-in-browser";

const { values } = parseArgs({ options: { report: { type: "string" } } });
const root = path.resolve(import.meta.dirname, "..");
const started = Date.now();
const PUBLIC_URL = "https://mahere.example.org";
const ADMIN = { email: "first.admin@agency.example", name: "First Administrator" };
const DEMO_MONITOR = { email: "monitor@example.org", password: "Demo-Password-2026" };

// ---- clean-up: everything started here is stopped here, newest first, whatever happens ----

const cleanups: (() => unknown)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`Clean-up step failed: ${message(error)}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the app and removing the database…`);
    void cleanUp().then(() => process.exit(130));
  });
}

// ---- checks: one named line each ----

type Result = { name: string; ok: boolean; detail?: string };
const results: Result[] = [];
const message = (error: unknown): string =>
  error instanceof Error ? `${error.message}${error.cause ? ` (${message(error.cause)})` : ""}` : String(error);

function record(name: string, ok: boolean, detail?: string) {
  results.push({ name, ok, detail });
  const at = `${((Date.now() - started) / 1000).toFixed(1)} s`; // since the start, to see where time goes
  console.log(
    `${ok ? "ok  " : "FAIL"}  ${name}  (${at})${detail ? `\n      ${detail.replaceAll("\n", "\n      ")}` : ""}`,
  );
}

/** Runs a check's body: passed, or failed with the thrown error's message. */
async function attempt(body: () => Promise<void>): Promise<{ ok: boolean; detail?: string }> {
  try {
    await body();
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: message(error) };
  }
}

/** Runs one check and prints its line. */
async function check(name: string, body: () => Promise<void>): Promise<void> {
  const { ok, detail } = await attempt(body);
  record(name, ok, detail);
}

function expect(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new Error(problem);
}

// ---- the app's processes ----

/** The environment of a start: this process's, without any Mahere setting it may carry, plus `settings`. */
function appEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DATABASE_URL|PGLITE_DIR|PORT|NODE_ENV|AUTH_.*|NEXTAUTH_.*|MAHERE_.*)$/.test(key)) env[key] = value;
  }
  return { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...settings };
}

type App = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** `npm start` (scripts/start.mjs) in its own process group, its output kept for the checks. */
function startApp(settings: Record<string, string>): App {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: appEnv(settings),
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // "exit" can come before the last output has been read: wait for the pipes to close too, but no
  // more than a second (a process it started may still hold them).
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      const done = () => resolve(code);
      child.once("close", done);
      setTimeout(done, 1000).unref();
    }),
  );
  cleanups.push(() => stopProcessGroup(child));
  return { child, output: () => output, exited };
}

const tail = (text: string, lines = 25) => text.trim().split("\n").slice(-lines).join("\n");

async function listening(port: number): Promise<boolean> {
  try {
    await (await fetch(`http://127.0.0.1:${port}/api/health/live`)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** A start with one setting missing or wrong must stop before serving, naming that setting. */
function refusesToStart(variable: string, settings: Record<string, string>) {
  return attempt(async () => {
    const port = await freePort();
    const app = startApp({ ...settings, PORT: String(port) });
    // Waits for the exit, but no longer once the server is starting or after 30 s.
    const serving = new Promise<"serving">((resolve) => {
      const deadline = Date.now() + 30_000;
      const poll = setInterval(() => {
        if (!app.output().includes("Mahere is starting") && Date.now() < deadline) return;
        clearInterval(poll);
        resolve("serving");
      }, 100);
      void app.exited.then(() => clearInterval(poll));
    });
    const code = await Promise.race([app.exited, serving]);
    if (code === "serving") await stopProcessGroup(app.child);
    expect(code !== "serving", `it did not stop:\n${tail(app.output())}`);
    expect(code !== 0, `exited with code 0:\n${tail(app.output())}`);
    const output = app.output();
    expect(
      output.split("\n").some((line) => line.startsWith(`- ${variable}:`)),
      `no line naming ${variable}:\n${tail(output)}`,
    );
    expect(!output.includes("Mahere is starting"), `it started the server:\n${tail(output)}`);
    expect(!(await listening(port)), `something answers on port ${port}`);
  });
}

/**
 * Runs a command in the app's folder and returns its exit code and output. Asynchronously: blocking
 * the event loop (spawnSync) would keep fetch's idle connections past the server's keep-alive
 * timeout, and the next request on one would fail with "other side closed".
 */
function runCommand(command: string, args: string[], settings: Record<string, string>) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root, env: appEnv(settings), timeout: 60_000 });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolve({ status: null, output: `${output}${error.message}` }));
    child.once("close", (status) => resolve({ status, output }));
  });
}

// ---- what the public responses carry ----

/**
 * Namespace names, not links: they name a vocabulary and are never fetched. A link to another site
 * in the content (there is none in the demo plan) would be listed here too.
 */
const NAMESPACES = new Set([
  "http://www.w3.org/2005/Atom",
  "http://www.sitemaps.org/schemas/sitemap/0.9",
  "http://www.w3.org/1999/xhtml", // the sitemap's alternate-language links
]);

/** Every absolute http(s) URL in a text (JSON may escape `/` as `\/`; undone first). */
function absoluteUrls(text: string): string[] {
  return [...text.replaceAll("\\/", "/").matchAll(/\bhttps?:\/\/[^\s"'<>\\)\]]+/g)].map((m) => m[0]);
}

/**
 * A public document answers 200 without a cookie, and every absolute URL in it is on the public
 * address, whatever address the request came to (here 127.0.0.1 and a random port). `linksItself`:
 * the document links to Mahere's pages, so at least one such URL must be there.
 */
async function publicDocumentIsOnPublicUrl(base: string, pathname: string, linksItself: boolean) {
  await check(`${pathname}: every absolute URL on ${PUBLIC_URL} (none on localhost); sets no cookie`, async () => {
    const response = await fetch(`${base}${pathname}`, { redirect: "manual", headers: headersWith(new CookieJar()) });
    const body = await response.text();
    expect(response.status === 200, `status ${response.status}`);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length === 0, `Set-Cookie: ${cookies.join(" | ")}`);
    const urls = absoluteUrls(body).filter((url) => !NAMESPACES.has(url));
    const elsewhere = [...new Set(urls.filter((url) => !URL.canParse(url) || new URL(url).origin !== PUBLIC_URL))];
    expect(elsewhere.length === 0, `URLs not on ${PUBLIC_URL}: ${elsewhere.slice(0, 5).join(", ")}`);
    expect(!linksItself || urls.length > 0, `no absolute URL on ${PUBLIC_URL}`);
  });
}

/** The text of an HTML page with the entities React writes undone, for comparing with catalogue strings. */
function pageText(html: string): string {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

type Common = { skipToContent: string; demo: { title: string; body: string } };
const common = (locale: "en" | "mi") =>
  JSON.parse(readFileSync(path.join(root, "messages", locale, "common.json"), "utf8")) as Common;

/** The demo banner's title and text (`common.demo`, shown by app/page.tsx in demo mode), in both languages. */
const demoBannerTexts = () => [common("en").demo, common("mi").demo].flatMap((d) => [d.title, d.body]);

// ---- the run ----

async function main() {
  const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: root,
    encoding: "utf8",
    env: appEnv({}),
  });
  if (build.status !== 0) {
    record("the app is built", false, tail(`${build.stdout}${build.stderr}`));
    return;
  }
  console.log(build.stdout.includes("Building the app") ? "Built the app." : "Using the existing build.");

  const server: PostgresServer = await startThrowawayPostgres();
  cleanups.push(() => server.stop());
  const admin = postgres(server.url, { max: 1, onnotice: () => undefined });
  await admin.unsafe("create database mahere");
  await admin.unsafe("create database mahere_other");
  await admin.end({ timeout: 5 });
  const DATABASE_URL = databaseUrl(server.url, "mahere");
  const secret = randomBytes(33).toString("base64");
  const valid = { DATABASE_URL, AUTH_SECRET: secret, MAHERE_PUBLIC_URL: PUBLIC_URL };
  console.log(`Throwaway PostgreSQL ready (${new URL(server.url).host}).\n`);

  // a. A missing or bad setting stops the start, naming it (the four side by side).
  const { AUTH_SECRET: _secret, ...noSecret } = valid;
  const { MAHERE_PUBLIC_URL: _url, ...noPublicUrl } = valid;
  const refusals: [string, string, Record<string, string>][] = [
    ["npm start without AUTH_SECRET stops before serving, naming it", "AUTH_SECRET", noSecret],
    [
      "npm start with a 31-character AUTH_SECRET stops before serving, naming it",
      "AUTH_SECRET",
      { ...valid, AUTH_SECRET: "x".repeat(31) },
    ],
    ["npm start without MAHERE_PUBLIC_URL stops before serving, naming it", "MAHERE_PUBLIC_URL", noPublicUrl],
    [
      "npm start with MAHERE_PUBLIC_URL=not-a-url stops before serving, naming it",
      "MAHERE_PUBLIC_URL",
      { ...valid, MAHERE_PUBLIC_URL: "not-a-url" },
    ],
  ];
  const outcomes = await Promise.all(refusals.map(([, variable, settings]) => refusesToStart(variable, settings)));
  refusals.forEach(([name], i) => record(name, outcomes[i]!.ok, outcomes[i]!.detail));

  // b. A valid configuration migrates, starts and says how to create the first administrator.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = startApp({ ...valid, PORT: String(port) });
  let up = false;
  await check("npm start with a valid configuration migrates, starts, and /api/health/ready answers 200", async () => {
    try {
      await waitUntilReady(base, 40_000, () => app.child.exitCode === null && app.child.signalCode === null);
    } catch (error) {
      throw new Error(`${message(error)}\n${tail(app.output())}`);
    }
    expect(app.output().includes("Database migrated"), `no "Database migrated" line:\n${tail(app.output())}`);
    up = true;
  });
  await check(
    "on an empty database it prints how to create the first administrator (npm run user:create)",
    async () => {
      expect(/There are no users yet[\s\S]*npm run user:create -- /.test(app.output()), tail(app.output()));
    },
  );
  if (!up) return; // the checks below need a running app
  // c. Nothing seeded: every table of the schema is empty, and the demo account does not exist.
  await check("production mode seeded nothing: every table is empty", async () => {
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => undefined });
    try {
      const tables = await sql<{ name: string }[]>`
        select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
      const names = tables.map((t) => t.name);
      expect(names.includes("users") && names.includes("plans"), `tables not found: ${names.join(", ")}`);
      const filled: string[] = [];
      // public_revision's one row is bookkeeping, not content: still at its first revision.
      const [revision] = await sql<{ revision: string }[]>`select revision::text from public_revision`;
      expect(revision?.revision === "1", `public_revision: ${JSON.stringify(revision)}`);
      for (const name of names.filter((n) => n !== "public_revision")) {
        // The job runner's schedule is bookkeeping too: the day's digest run is queued (and finds no
        // one to write to) whatever the database holds. Any other job would be content.
        const where = name === "jobs" ? ` where kind <> 'send-digests'` : "";
        const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${name}"${where}`);
        if (row!.n > 0) filled.push(`${name} (${row!.n})`);
      }
      expect(filled.length === 0, `rows in ${filled.join(", ")}`);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
  await check("the demo monitor cannot sign in", async () => {
    const attempt = await attemptSignIn(base, DEMO_MONITOR.email, DEMO_MONITOR.password);
    expect(!attempt.signedIn, "a session cookie came back");
    expect(attempt.location?.includes("error="), `answered ${attempt.status} ${attempt.location ?? ""}`);
  });

  // g. The first administrator, as docs/deploy.md says, with the password printed once.
  let session: CookieJar | null = null;
  await check(
    "npm run user:create makes an administrator who signs in over HTTP (sent on to the public address) and opens a staff page",
    async () => {
      const created = await runCommand(
        "npm",
        ["run", "--silent", "user:create", "--", "--email", ADMIN.email, "--name", ADMIN.name, "--role", "admin"],
        { DATABASE_URL },
      );
      expect(created.status === 0, `user:create exited ${created.status}:\n${tail(created.output)}`);
      const password = /Password \(shown once\): (\S+)/.exec(created.output)?.[1];
      expect(password, `no password printed:\n${tail(created.output)}`);
      const attempt = await attemptSignIn(base, ADMIN.email, password);
      expect(attempt.signedIn, `sign-in refused: ${attempt.status} ${attempt.location ?? ""}`);
      // Asked on the server's own address, Auth.js still answers on the public one (AUTH_URL is pinned to it).
      const sentTo = attempt.location ?? "";
      expect(sentTo === PUBLIC_URL || sentTo.startsWith(`${PUBLIC_URL}/`), `signed in, then sent to ${sentTo}`);
      const who = await fetch(`${base}/api/auth/session`, { headers: headersWith(attempt.jar) });
      const body = (await who.json()) as { user?: { email?: string } } | null;
      expect(body?.user?.email === ADMIN.email, `the session is not the administrator's: ${JSON.stringify(body)}`);
      const page = await fetch(`${base}/my`, { redirect: "manual", headers: headersWith(attempt.jar) });
      const text = pageText(await page.text());
      expect(page.status === 200, `/my answered ${page.status} ${page.headers.get("location") ?? ""}`);
      // Markup around the name may change; the words a person reads may not.
      const words = text.replace(/<[^>]*>/g, "").replace(/\s+/g, " ");
      expect(words.includes(`Signed in as ${ADMIN.name}`), "/my does not say who is signed in");
      session = attempt.jar;
    },
  );

  // The public checks need something to publish: the plan is loaded as an administrator would, from
  // outside the server (the demo plan, with its published updates; `db:seed` adds no accounts to a
  // PostgreSQL database).
  const seed = await runCommand("npm", ["run", "--silent", "db:seed"], { DATABASE_URL, MAHERE_ALLOW_DEMO_SEED: "1" });
  const planLoaded = seed.status === 0;
  if (!planLoaded) record("a plan is loaded for the public checks", false, tail(seed.output));

  // d. Public documents: links on the public address, no cookie.
  const documents = ["/feed.xml", "/api/v1/plan", "/api/v1/openapi.json", "/sitemap.xml", "/robots.txt"];
  for (const pathname of documents) {
    await publicDocumentIsOnPublicUrl(base, pathname, pathname !== "/api/v1/plan");
  }

  // f (and d's last part). The overview in production mode: the plan, no demo banner, no cookie.
  await check("/ for an anonymous visitor shows the plan with no demo banner and sets no cookie", async () => {
    expect(planLoaded, "no plan was loaded");
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => undefined });
    const [plan] = await sql<{ title: string }[]>`select title from plans limit 1`.finally(() => sql.end());
    const response = await fetch(`${base}/`, { redirect: "manual", headers: headersWith(new CookieJar()) });
    const text = pageText(await response.text());
    expect(response.status === 200, `status ${response.status}`);
    expect(response.headers.getSetCookie().length === 0, `Set-Cookie: ${response.headers.getSetCookie().join(" | ")}`);
    expect(plan && text.includes(plan.title), "the plan's title is not on the page");
    const banner = demoBannerTexts().filter((t) => text.includes(t));
    expect(banner.length === 0, `demo banner: "${banner[0]}"`);
  });
  await check("/ in te reo Māori and /login show no demo notice either", async () => {
    const jar = new CookieJar();
    const mi = await fetch(`${base}/`, { headers: { ...headersWith(jar), cookie: `${LOCALE_COOKIE}=mi` } });
    const miText = pageText(await mi.text());
    expect(mi.status === 200, `te reo Māori overview: status ${mi.status}`);
    expect(miText.includes(common("mi").skipToContent), "the overview is not in te reo Māori");
    const banner = demoBannerTexts().filter((t) => miText.includes(t));
    expect(banner.length === 0, `demo banner: "${banner[0]}"`);
    const login = await fetch(`${base}/login`, { headers: headersWith(jar) });
    const loginText = pageText(await login.text());
    expect(login.status === 200 && loginText.includes("Sign in"), `/login: status ${login.status}`);
    expect(!loginText.includes("Demo accounts"), "/login lists the demo accounts");
  });

  // Public pages are the same for everyone, so they are served whole from the page cache and may be
  // kept by a shared cache; pages that read the session are not.
  await check(
    "public pages answer Cache-Control: public, s-maxage, set no cookie, and the same HTML twice",
    async () => {
      expect(planLoaded, "no plan was loaded");
      for (const pathname of ["/", "/actions/1.1", "/mi/actions/1.1"]) {
        const get = async () => {
          const response = await fetch(`${base}${pathname}`, {
            redirect: "manual",
            headers: headersWith(new CookieJar()),
          });
          return { response, html: await response.text() };
        };
        const first = await get();
        const second = await get();
        for (const { response } of [first, second]) {
          expect(response.status === 200, `${pathname}: status ${response.status}`);
          const cookies = response.headers.getSetCookie();
          expect(cookies.length === 0, `${pathname}: Set-Cookie: ${cookies.join(" | ")}`);
          const cacheControl = response.headers.get("cache-control") ?? "";
          expect(
            /(^|, )public(,|$)/.test(cacheControl) && /s-maxage=\d+/.test(cacheControl),
            `${pathname}: Cache-Control: ${cacheControl}`,
          );
        }
        expect(first.html === second.html, `${pathname}: two requests got different HTML`);
      }
      const login = await fetch(`${base}/login`, { headers: headersWith(new CookieJar()) });
      await login.arrayBuffer();
      const cacheControl = login.headers.get("cache-control") ?? "";
      expect(/no-store/.test(cacheControl) && !/public/.test(cacheControl), `/login: Cache-Control: ${cacheControl}`);
    },
  );
  await check("a public page asked for again comes from the response cache; with a cookie, from the app", async () => {
    const get = async (pathname: string, jar = new CookieJar()) => {
      const response = await fetch(`${base}${pathname}`, { redirect: "manual", headers: headersWith(jar) });
      await response.arrayBuffer();
      return response.headers.get("x-mahere-cache");
    };
    // Three in a row: at least one comes within the second a copy is kept, even on a busy machine.
    const anonymous = [await get("/actions/1.1"), await get("/actions/1.1"), await get("/actions/1.1")];
    expect(anonymous.includes("hit"), `/actions/1.1 three times: ${anonymous.join(", ")}`);
    const withCookie = new CookieJar();
    withCookie.set("mahere_lang", "en");
    const signedIn = [await get("/actions/1.1", withCookie), await get("/actions/1.1", withCookie)];
    expect(
      signedIn.every((h) => h === null),
      `with a cookie: ${signedIn.join(", ")}`,
    );
    const login = [await get("/login"), await get("/login")];
    expect(
      login.every((h) => h === null),
      `/login: ${login.join(", ")}`,
    );
  });
  await check("/mi/… is in te reo Māori, / in English, and the switch goes between the two addresses", async () => {
    const english = pageText(await (await fetch(`${base}/actions/1.1`)).text());
    const maori = pageText(await (await fetch(`${base}/mi/actions/1.1`)).text());
    expect(english.includes(common("en").skipToContent), "/actions/1.1 is not in English");
    expect(maori.includes(common("mi").skipToContent), "/mi/actions/1.1 is not in te reo Māori");
    expect(/<header lang="mi"/.test(maori), '/mi/actions/1.1: the header is not marked lang="mi"');
    expect(maori.includes('href="/mi/workstreams/'), "/mi/actions/1.1 links to a page outside /mi");
    const switchTo = async (locale: string, from: string) => {
      const response = await fetch(`${base}/language`, {
        method: "POST",
        redirect: "manual",
        headers: { referer: `${base}${from}`, origin: base, "content-type": "application/x-www-form-urlencoded" },
        body: `locale=${locale}`,
      });
      return { location: response.headers.get("location"), cookie: response.headers.getSetCookie().join(" | ") };
    };
    const toMaori = await switchTo("mi", "/actions/1.1");
    expect(toMaori.location === "/mi/actions/1.1", `to te reo Māori: sent to ${toMaori.location}`);
    const toEnglish = await switchTo("en", "/mi/actions/1.1");
    expect(toEnglish.location === "/actions/1.1", `to English: sent to ${toEnglish.location}`);
    expect(toEnglish.cookie.includes(`${LOCALE_COOKIE}=en`), `to English: ${toEnglish.cookie}`);
    const returning = await fetch(`${base}/actions/1.1`, {
      redirect: "manual",
      headers: { cookie: `${LOCALE_COOKIE}=mi` },
    });
    expect(
      returning.status === 307 && returning.headers.get("location")?.endsWith("/mi/actions/1.1"),
      `a returning te reo Māori reader: ${returning.status} ${returning.headers.get("location")}`,
    );
  });

  // e. Posts from another site, or too large, are refused before they reach a page; the server lives on.
  const staffPost = async (headers: Record<string, string>, body: string) => {
    const jar = session ?? new CookieJar();
    const response = await fetch(`${base}/review`, {
      method: "POST",
      redirect: "manual",
      headers: headersWith(jar, { "content-type": "application/x-www-form-urlencoded", ...headers }),
      body,
    });
    await response.arrayBuffer();
    return response.status;
  };
  await check("a POST to /review from Origin: https://evil.example, with an admin's session, answers 403", async () => {
    const status = await staffPost({ origin: "https://evil.example", "next-action": "0".repeat(40) }, "note=x");
    expect(status === 403, `status ${status}`);
  });
  await check("a POST to /review with Origin: null answers 403", async () => {
    const status = await staffPost({ origin: "null", "next-action": "0".repeat(40) }, "note=x");
    expect(status === 403, `status ${status}`);
  });
  await check("a 2 MB POST to /review answers 413", async () => {
    const status = await staffPost({}, `note=${"x".repeat(2 * 1024 * 1024)}`);
    expect(status === 413, `status ${status}`);
  });
  await check("the server still answers /api/health/live after them", async () => {
    const response = await fetch(`${base}/api/health/live`);
    await response.arrayBuffer();
    expect(response.status === 200, `status ${response.status}`);
    expect(app.child.exitCode === null, `the app exited:\n${tail(app.output())}`);
  });

  // h. Several servers from the same build: one database seen alike by all, another never mixed in.
  if (planLoaded) await severalServers(valid, base, databaseUrl(server.url, "mahere_other"));
}

/** Starts another server from the same build folder and waits until it is ready. */
async function anotherServer(settings: Record<string, string>): Promise<{ base: string; app: App }> {
  const port = await freePort();
  const other = `http://127.0.0.1:${port}`;
  const app = startApp({ ...settings, PORT: String(port) });
  await waitUntilReady(other, 40_000, () => app.child.exitCode === null && app.child.signalCode === null);
  return { base: other, app };
}

/** A TEC monitor made with `npm run user:create`, as docs/deploy.md says: its email and the password printed. */
async function createMonitor(DATABASE_URL: string): Promise<{ email: string; password: string }> {
  const email = "monitor.check@tec.example";
  const created = await runCommand(
    "npm",
    ["run", "--silent", "user:create", "--", "--email", email, "--name", "Check Monitor", "--role", "tec_monitor"],
    { DATABASE_URL },
  );
  const password = /Password \(shown once\): (\S+)/.exec(created.output)?.[1];
  if (created.status !== 0 || !password)
    throw new Error(`user:create exited ${created.status}:\n${tail(created.output)}`);
  return { email, password };
}

type PublishedUpdate = { code: string; narrative: string; confidence: string; forecast_due: string | null };

/** Whether the action page and /api/v1/plan on `at` show the update as published. */
async function showsUpdate(at: string, update: PublishedUpdate): Promise<{ page: boolean; api: boolean }> {
  const [page, plan] = await Promise.all([
    fetch(`${at}/actions/${update.code}`).then(async (r) => pageText(await r.text())),
    fetch(`${at}/api/v1/plan`).then(async (r) => (await r.json()) as { actions?: Record<string, unknown>[] }),
  ]);
  const action = plan.actions?.find((a) => a.code === update.code);
  return {
    page: page.includes(update.narrative),
    api: action?.confidence === update.confidence && action?.forecastDue === update.forecast_due,
  };
}

async function severalServers(valid: Record<string, string>, base: string, otherDatabase: string) {
  const pageOf = async (at: string, pathname: string) => pageText(await (await fetch(`${at}${pathname}`)).text());
  // Made while the second server starts; a failure is reported by the check that needs it.
  const monitor = createMonitor(valid.DATABASE_URL!);
  monitor.catch(() => undefined);
  let second: string | null = null;
  await check("a second server on the same database shows a change made elsewhere within 10 s", async () => {
    second = (await anotherServer(valid)).base;
    // Both have read (and cached) the plan before the change.
    for (const at of [base, second]) expect((await pageOf(at, "/actions/1.1")).includes("1.1"), `${at}: no action 1.1`);
    const marker = `Renamed by the production check ${Date.now()}`;
    const sql = postgres(valid.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    await sql`update actions set title = ${marker} where code = '1.1'`.finally(() => sql.end());
    const deadline = Date.now() + 10_000;
    let seen: string[] = [];
    while (Date.now() < deadline) {
      seen = [];
      for (const at of [base, second]) if ((await pageOf(at, "/actions/1.1")).includes(marker)) seen.push(at);
      if (seen.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seen.length === 2, `after 10 s the change shows on ${seen.length} of the 2 servers`);
  });
  await check(
    "a TEC monitor publishes an update in the browser on one server; the action page and /api/v1/plan on a second show it within 10 s",
    async () => {
      expect(second, "the second server did not start");
      const { email, password } = await monitor;
      const jar = await signIn(base, email, password);
      const sql = postgres(valid.DATABASE_URL!, { max: 1, onnotice: () => undefined });
      const [update] = await sql<PublishedUpdate[]>`
        select a.code, pu.public_narrative as narrative, pu.confidence, pu.forecast_due::text as forecast_due
        from progress_updates pu join actions a on a.id = pu.action_id
        where pu.state = 'agency_approved' order by a.code limit 1`.finally(() => sql.end());
      expect(update, "the plan has no update approved by its agency to publish");
      // The second server has read (and cached) the action and the plan before the update is published.
      const before = await showsUpdate(second, update);
      expect(!before.page && !before.api, `shown before it was published: ${JSON.stringify(before)}`);
      await publishInBrowser(base, jar, update.code);
      const deadline = Date.now() + 10_000;
      let shown = before;
      while (Date.now() < deadline) {
        shown = await showsUpdate(second, update);
        if (shown.page && shown.api) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(shown.page, `after 10 s /actions/${update.code} on the second server does not show the update`);
      expect(shown.api, `after 10 s /api/v1/plan on the second server does not show ${update.code}'s new status`);
    },
  );
  await check("a server from the same build on another database never shows the first database's plan", async () => {
    const other = await anotherServer({ ...valid, DATABASE_URL: otherDatabase });
    const plan = await fetch(`${other.base}/api/v1/plan`);
    const body = await plan.text();
    expect(!body.includes("Renamed by the production check"), "the other database's server serves the first's plan");
    expect(plan.status !== 200 || !body.includes('"code":"1.1"'), `status ${plan.status}: ${body.slice(0, 200)}`);
    const overview = await pageOf(other.base, "/actions/1.1");
    expect(!overview.includes("Renamed by the production check"), "/actions/1.1 shows the first database's action");
  });
}

try {
  await main();
} catch (error) {
  record("the check ran to the end", false, message(error));
} finally {
  await cleanUp();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (values.report) {
  mkdirSync(path.dirname(values.report), { recursive: true });
  writeFileSync(values.report, JSON.stringify({ passed, failed, checks: results }, null, 2));
}
console.log(`\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
