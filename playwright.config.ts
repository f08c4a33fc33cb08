import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT || 3100);
// localhost, not 127.0.0.1: Next.js writes a loopback address as "localhost" in the request URLs it
// hands the app, so sign-in's addresses (built on MAHERE_PUBLIC_URL, this) must use that name too.
const baseURL = `http://localhost:${port}`;
// A real OpenID Connect provider beside the app, so agency sign-in is tested end to end.
const oidcPort = port + 890;
// A real SMTP server beside the app: the subscription spec reads the links in what it receives.
const smtpPort = port + 891;
const SMTP_CAPTURE_DIR = `.data/e2e-${port}/mail`;

/**
 * Specs that change data other specs read run after every reading spec, in four groups side by
 * side, one spec at a time within each: the update workflow (action 8.2) and the interface text
 * import; the HTTP permission matrix (action 1.5's one open update); the settings pages (periods,
 * indicators, people) and the stocktake survey (responses to the demo's open round), which no update
 * spec reads; and the plan's editor and spreadsheet import, which
 * change titles of actions no other writing spec reads (3.2, 1.2).
 */
const WRITING_UPDATES = /(workflow|translations-admin)\.spec\.ts$/;
const PERMISSION_MATRIX = /permission-matrix-http\.spec\.ts$/;
const WRITING_SETTINGS = /(periods-admin|indicators-admin|people-admin|stocktake-respond)\.spec\.ts$/;
const WRITING_PLAN = /(plan-admin|plan-spreadsheet)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // Reading specs run in two workers against the one server; then the four writing groups, one worker each.
  workers: 4,
  retries: 0,
  // Two workers share two cores with the server and the browsers: a client chart can take a few
  // seconds to draw on a busy machine.
  expect: { timeout: 10_000 },
  projects: [
    // Signs each persona in once through the form; the specs reuse the browser state.
    { name: "sign in", testMatch: /auth\.setup\.ts$/, fullyParallel: true },
    {
      name: "reading",
      testIgnore: [WRITING_UPDATES, PERMISSION_MATRIX, WRITING_SETTINGS, WRITING_PLAN],
      fullyParallel: true,
      workers: Number(process.env.E2E_WORKERS || 2),
      dependencies: ["sign in"],
    },
    // A mark for scripts/test-all.sh, which starts the production check once the reading specs are done.
    { name: "reading done", testMatch: /reading-done\.setup\.ts$/, dependencies: ["reading"] },
    { name: "writing updates", testMatch: WRITING_UPDATES, workers: 1, dependencies: ["reading done"] },
    { name: "permission matrix", testMatch: PERMISSION_MATRIX, workers: 1, dependencies: ["reading done"] },
    { name: "writing settings", testMatch: WRITING_SETTINGS, workers: 1, dependencies: ["reading done"] },
    { name: "writing plan", testMatch: WRITING_PLAN, workers: 1, dependencies: ["reading done"] },
  ],
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  outputDir: `test-results/${port}`,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    {
      command: "node tests/support/oidc-server.mjs",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: { OIDC_PORT: String(oidcPort), OIDC_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc` },
    },
    {
      command: "node tests/support/smtp-capture.mjs",
      port: smtpPort,
      reuseExistingServer: false,
      env: { SMTP_PORT: String(smtpPort), SMTP_CAPTURE_DIR },
    },
    {
      // The built app on its own embedded database, so tests never touch the demo data folder.
      command: "node scripts/start.mjs --demo",
      url: `${baseURL}/api/health/ready`,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "pipe",
      env: {
        PORT: String(port),
        PGLITE_DIR: `.data/e2e-${port}/pglite`,
        DATABASE_URL: "",
        // The address the browser uses: every absolute link and the sign-in redirects are built on it.
        MAHERE_PUBLIC_URL: baseURL,
        AUTH_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        AUTH_OIDC_ID: "mahere-test",
        AUTH_OIDC_SECRET: "mahere-test-secret",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
    },
  ],
});
