import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, withinLifetime } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import {
  ACCOUNT_FREE_ATTEMPTS,
  blockSecondsAfter,
  blockSecondsAfterFree,
  MAX_BLOCK_SECONDS,
  secondsToWait,
} from "@/lib/auth/throttle-policy";
import { isSameOriginRequest } from "@/lib/security/same-origin";

describe("safeCallbackPath", () => {
  it.each([
    ["/my", "/my"],
    ["/actions/1.4/update?update=3", "/actions/1.4/update?update=3"],
    ["https://evil.example/", "/my"],
    ["//evil.example/path", "/my"],
    ["/\\evil.example", "/my"],
    ["javascript:alert(1)", "/my"],
    ["", "/my"],
    [undefined, "/my"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("isSameOriginRequest", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("accepts our own origin and refuses another, a null origin, or none at all", () => {
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz", origin: "https://mahere.govt.nz" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz", origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "mahere.govt.nz", "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});

describe("throttle policy", () => {
  it("lets the first mistakes through, then doubles the wait up to a ceiling", () => {
    expect([0, 1, 2].map(blockSecondsAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(blockSecondsAfter)).toEqual([2, 4, 8, 16]);
    expect(blockSecondsAfter(40)).toBe(MAX_BLOCK_SECONDS);
    // The account-wide bucket: the same doubling, after its larger allowance.
    expect([19, 20, 21, 22].map((n) => blockSecondsAfterFree(n, ACCOUNT_FREE_ATTEMPTS))).toEqual([0, 2, 4, 8]);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(secondsToWait(null, now)).toBe(0);
    expect(secondsToWait(new Date("2026-01-01T00:00:02.200Z"), now)).toBe(3);
    expect(secondsToWait(new Date("2025-12-31T23:59:59Z"), now)).toBe(0);
  });
});

describe("session lifetime", () => {
  it("is absolute: eight hours after sign-in, however active", () => {
    const signedInAt = Date.UTC(2026, 0, 1);
    expect(withinLifetime({ signedInAt }, signedInAt + SESSION_MAX_AGE_SECONDS * 1000)).not.toBeNull();
    expect(withinLifetime({ signedInAt }, signedInAt + SESSION_MAX_AGE_SECONDS * 1000 + 1)).toBeNull();
    expect(withinLifetime({}, signedInAt)).toBeNull();
  });
});
