import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { POST } from "@/app/api/subscriptions/unsubscribe/[token]/route";
import { setDatabaseHandle } from "@/lib/dal/db";
import { countRequest } from "@/lib/dal/rate-limit";
import { SUBSCRIBE_RATE, SUBSCRIPTION_LINK_RATE } from "@/lib/security/rate-limits";
import { DRIVERS, freshDatabase } from "../../support/databases";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    trustedProxies: { hops: 1 },
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const UNKNOWN_TOKEN = "A".repeat(43);

describe.each(DRIVERS)("rate limits of the subscription endpoints on %s", (driver) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("lets exactly the limit through when requests arrive at once, as from several servers", async () => {
    const now = new Date("2026-12-07T10:01:00Z");
    const decisions = await Promise.all(
      Array.from({ length: SUBSCRIBE_RATE.limit + 5 }, () => countRequest(SUBSCRIBE_RATE, "198.51.100.7", now)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(SUBSCRIBE_RATE.limit);
    expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 540)).toBe(true);
    // Another client, and the next window, count afresh.
    expect((await countRequest(SUBSCRIBE_RATE, "198.51.100.8", now)).allowed).toBe(true);
    expect((await countRequest(SUBSCRIBE_RATE, "198.51.100.7", new Date("2026-12-07T10:10:00Z"))).allowed).toBe(true);
  });

  it("deletes windows a day old as new ones start", async () => {
    await countRequest(SUBSCRIBE_RATE, "198.51.100.9", new Date("2026-12-09T10:00:00Z"));
    const rows = await handle.db.select().from(t.rateLimitHits);
    expect(rows.map((r) => r.windowStart.toISOString())).toEqual(["2026-12-09T10:00:00.000Z"]);
  });

  it("answers the one-click unsubscribe with 429 and Retry-After once a client is over the limit", async () => {
    const post = () =>
      POST(
        new Request(`https://mahere.example.org/api/subscriptions/unsubscribe/${UNKNOWN_TOKEN}`, {
          method: "POST",
          headers: { "x-forwarded-for": "192.0.2.44" },
        }),
        { params: Promise.resolve({ token: UNKNOWN_TOKEN }) },
      );
    for (let i = 0; i < SUBSCRIPTION_LINK_RATE.limit; i++) expect((await post()).status).toBe(404);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Too many requests");
  });
});
