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
 * Specs that change data other specs read run after every reading spec, one at a time within each
 * group: progress updates (both work on action 1.5's one open update), and the settings pages
 * (periods, indicators), which no update spec reads. The two groups run side by side.
 */
const WRITING_UPDATES = /(workflow|permission-matrix-http)\.spec\.ts$/;
const WRITING_SETTINGS = /(periods-admin|indicators-admin|people-admin|plan-spreadsheet)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // Reading specs run in two workers against the one server; then the two writing groups, one worker each.
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: 0,
  // Two workers share two cores with the server and the browsers: a client chart can take a few
  // seconds to draw on a busy machine.
  expect: { timeout: 10_000 },
  projects: [
    // Signs each persona in once through the form; the specs reuse the browser state.
    { name: "sign in", testMatch: /auth\.setup\.ts$/, fullyParallel: true },
    {
      name: "reading",
      testIgnore: [WRITING_UPDATES, WRITING_SETTINGS],
      fullyParallel: true,
      dependencies: ["sign in"],
    },
    // A mark for scripts/test-all.sh, which starts the production check once the reading specs are done.
    { name: "reading done", testMatch: /reading-done\.setup\.ts$/, dependencies: ["reading"] },
    { name: "writing updates", testMatch: WRITING_UPDATES, workers: 1, dependencies: ["reading done"] },
    { name: "writing settings", testMatch: WRITING_SETTINGS, workers: 1, dependencies: ["reading done"] },
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
