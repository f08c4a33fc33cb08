/**
 * Part 6, abuse: password guessing in parallel (one address at one account, many addresses at one
 * account, one address at many accounts) against an app that trusts one proxy hop, so
 * X-Forwarded-For names the client; the public subscription endpoints' rate limits; and the
 * security headers on every kind of response, over http and (behind a TLS proxy) https.
 */
import { ACCOUNT_FREE_ATTEMPTS, blockSecondsAfterFree, FREE_ATTEMPTS } from "../../lib/auth/throttle-policy";
import { DEMO_PASSWORD, removeDatabase, startDemoApp } from "./support/demo-app";
import { guess, parallelGuesses } from "./support/guessing";
import { check, expect, log, onCleanUp, runPart, SHORT } from "./support/part";
import { RATE_LIMITED_ENDPOINTS, type RateLimitedEndpoint } from "./support/rate-limited-endpoints";
import { headerProblems } from "./support/security-headers";

const PORT = Number(process.env.RESILIENCE_ABUSE_PORT ?? 3443);

/**
 * How many guesses the throttle may check in a burst that lasted `seconds`: the free ones, then one
 * more each time a wait has run out.
 */
function allowedIn(seconds: number, free: number): number {
  let checked = free;
  let waited = blockSecondsAfterFree(checked, free);
  while (waited <= seconds) {
    checked++;
    waited += blockSecondsAfterFree(checked, free);
  }
  return checked;
}

/** Addresses from the documentation ranges, one per simulated client. */
const address = (i: number) => `203.0.113.${(i % 250) + 1}`;

void runPart("6. Abuse", async () => {
  const app = await startDemoApp(PORT, { env: { MAHERE_TRUSTED_PROXIES: "1" } });
  onCleanUp(() => removeDatabase(app));
  onCleanUp(() => app.stop());
  const base = app.base;

  await check(
    `one address, one account: of 30 parallel guesses, only ${FREE_ATTEMPTS} and those the waits allow are checked`,
    async () => {
      const { counts, seconds } = await parallelGuesses(
        base,
        Array.from({ length: 30 }, (_, i) => ({
          address: address(1),
          email: "staff.moe@example.org",
          password: `guess-${i}`,
        })),
      );
      log(`one address: ${JSON.stringify(counts)} in ${seconds.toFixed(1)} s`);
      expect(
        counts.wrong <= allowedIn(seconds, FREE_ATTEMPTS),
        `${counts.wrong} guesses were checked in ${seconds.toFixed(1)} s`,
      );
      expect(counts["signed-in"] === 0 && counts.other === 0, JSON.stringify(counts));
    },
  );

  await check("the account's owner, from their own address, still signs in", async () => {
    expect((await guess(base, address(200), "staff.moe@example.org", DEMO_PASSWORD)) === "signed-in", "refused");
  });

  const addresses = SHORT ? 40 : 120;
  await check(
    `${addresses} addresses, one account: of ${addresses * 3} parallel guesses, only ${ACCOUNT_FREE_ATTEMPTS} and those the waits allow are checked`,
    async () => {
      const { counts, seconds } = await parallelGuesses(
        base,
        Array.from({ length: addresses * 3 }, (_, i) => ({
          address: address(10 + (i % addresses)),
          email: "approver.msd@example.org",
          password: `guess-${i}`,
        })),
      );
      log(`many addresses: ${JSON.stringify(counts)} in ${seconds.toFixed(1)} s`);
      expect(
        counts.wrong <= allowedIn(seconds, ACCOUNT_FREE_ATTEMPTS),
        `${counts.wrong} guesses were checked in ${seconds.toFixed(1)} s`,
      );
      expect(counts["signed-in"] === 0 && counts.other === 0, JSON.stringify(counts));
    },
  );

  await check(
    `one address, many accounts: of 30 parallel guesses, only ${FREE_ATTEMPTS} and those the waits allow are checked`,
    async () => {
      const emails = ["staff.tec", "staff.mbie", "staff.msd", "staff.nzqa", "staff.tpk", "approver.tec", "nobody"].map(
        (n) => `${n}@example.org`,
      );
      const { counts, seconds } = await parallelGuesses(
        base,
        Array.from({ length: 30 }, (_, i) => ({
          address: address(3),
          email: emails[i % emails.length]!,
          password: `x-${i}`,
        })),
      );
      log(`one address, many accounts: ${JSON.stringify(counts)} in ${seconds.toFixed(1)} s`);
      expect(
        counts.wrong <= allowedIn(seconds, FREE_ATTEMPTS),
        `${counts.wrong} guesses were checked in ${seconds.toFixed(1)} s`,
      );
    },
  );

  for (const endpoint of RATE_LIMITED_ENDPOINTS) await rateLimited(base, endpoint);

  await check("security headers on every kind of response, over http and https", async () => {
    const problems: string[] = [];
    const home = await (await fetch(`${base}/`)).text();
    const asset = /(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(home)?.[1];
    expect(asset, "no static asset linked from the home page");
    const cases: [string, string, RequestInit?][] = [
      ["page", "/"],
      ["page, again (from the response cache)", "/"],
      ["page in te reo Māori", "/mi/actions"],
      ["sign-in page", "/login"],
      ["staff page without a session (redirect)", "/my"],
      ["API", "/api/v1/plan"],
      ["API error", "/api/v1/actions/99.99"],
      ["CSV", "/api/v1/actions.csv"],
      ["feed", "/feed.xml"],
      ["OpenAPI document", "/api/v1/openapi.json"],
      ["static asset", asset!],
      ["public file", "/favicon.ico"],
      ["404 page", "/no-such-page"],
      ["404 API", "/api/v1/no-such-thing"],
      ["400, malformed address", "/actions/%ZZ"],
      ["405", "/api/v1/plan", { method: "POST" }],
      [
        "403, cross-site post",
        "/login",
        { method: "POST", headers: { origin: "https://evil.example", "next-action": "00" }, body: "[]" },
      ],
      [
        "400, unreadable action",
        "/login",
        { method: "POST", headers: { origin: base, "next-action": "00", "content-type": "text/plain" }, body: "x" },
      ],
      [
        "413, oversized post",
        "/login",
        { method: "POST", headers: { origin: base, "content-type": "text/plain" }, body: "x".repeat(1_100_000) },
      ],
      ["health", "/api/health/ready"],
    ];
    for (const https of [false, true]) {
      for (const [label, path, init] of cases) {
        const headers = {
          ...(init?.headers as Record<string, string>),
          ...(https ? { "x-forwarded-proto": "https" } : {}),
        };
        const response = await fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
        await response.arrayBuffer();
        const found = headerProblems(response.headers, https);
        if (found.length)
          problems.push(`${label} (${path}, ${response.status}${https ? ", https" : ""}): ${found.join("; ")}`);
      }
    }
    expect(problems.length === 0, problems.join("\n"));
  });
});

async function rateLimited(base: string, endpoint: RateLimitedEndpoint) {
  await check(`${endpoint.name}: ${endpoint.limit} requests from one address in the window, then refused`, async () => {
    const client = address(100 + RATE_LIMITED_ENDPOINTS.indexOf(endpoint));
    const answers: boolean[] = [];
    for (let i = 0; i < endpoint.limit + 3; i++) answers.push(await endpoint.refused(base, client, i));
    const firstRefused = answers.indexOf(true);
    expect(firstRefused === endpoint.limit, `first refused at request ${firstRefused + 1}: ${answers.join(",")}`);
    expect(answers.slice(firstRefused).every(Boolean), `let through again: ${answers.join(",")}`);
    // Another address is not held up by this one.
    expect(!(await endpoint.refused(base, address(240), 0)), "another address was refused too");
  });
}
