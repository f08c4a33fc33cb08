import { describe, expect, it } from "vitest";
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "@/lib/jobs/retry";

describe("job retries", () => {
  it("waits 30 s after the first failure, doubling after each one, and never more than an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("gives up after a few attempts, and a claim outlasts a slow job", () => {
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
    expect(LEASE_MS).toBeGreaterThanOrEqual(60_000);
  });
});
