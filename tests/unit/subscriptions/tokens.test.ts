import { describe, expect, it } from "vitest";
import { checkToken, confirmExpiresAt, hashToken, isWellFormedToken, newToken } from "@/lib/subscriptions/tokens";

const SENT = new Date("2026-12-07T02:00:00Z");
const HOUR = 60 * 60 * 1000;

describe("subscription link tokens", () => {
  it("are 256 random bits, URL-safe, different every time, and stored as their sha256", () => {
    const a = newToken();
    const b = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(isWellFormedToken(a)).toBe(true);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toBe(a);
  });

  it("refuses anything that is not one of ours before it reaches the database", () => {
    for (const bad of ["", "abc", "A".repeat(44), `${"A".repeat(42)}/`, `${"A".repeat(42)}.`]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });

  it("lets a confirmation link work for 48 hours after it was sent, and not a moment longer", () => {
    const expiresAt = confirmExpiresAt(SENT);
    expect(expiresAt.toISOString()).toBe("2026-12-09T02:00:00.000Z");
    const token = { expiresAt, usedAt: null };
    expect(checkToken(token, SENT)).toBe("ok");
    expect(checkToken(token, new Date(SENT.getTime() + 48 * HOUR - 1))).toBe("ok");
    expect(checkToken(token, new Date(SENT.getTime() + 48 * HOUR))).toBe("expired");
  });

  it("works once: a used link is used, even within its time", () => {
    expect(checkToken({ expiresAt: confirmExpiresAt(SENT), usedAt: SENT }, SENT)).toBe("used");
  });

  it("never expires a link that has no expiry (unsubscribe, manage)", () => {
    expect(checkToken({ expiresAt: null, usedAt: null }, new Date("2099-01-01T00:00:00Z"))).toBe("ok");
  });
});
