import { describe, expect, it } from "vitest";
import { decide, rateWindow, SHARED_COUNT_FACTOR, SUBSCRIBE_RATE } from "@/lib/security/rate-limits";

const at = (iso: string) => new Date(iso);

describe("rate limits", () => {
  it("count each client in fixed windows, apart from other clients", () => {
    const a = rateWindow(SUBSCRIBE_RATE, "203.0.113.5", at("2026-12-07T10:04:59Z"));
    const b = rateWindow(SUBSCRIBE_RATE, "203.0.113.5", at("2026-12-07T10:09:59Z"));
    const c = rateWindow(SUBSCRIBE_RATE, "203.0.113.5", at("2026-12-07T10:10:00Z"));
    expect(a).toEqual({ key: "subscribe:ip:203.0.113.5", start: at("2026-12-07T10:00:00Z") });
    expect(b).toEqual(a);
    expect(c.start).toEqual(at("2026-12-07T10:10:00Z"));
    expect(rateWindow(SUBSCRIBE_RATE, null, at("2026-12-07T10:04:59Z")).key).toBe("subscribe:shared");
  });

  it("allow up to the limit, then say how long to wait until the window ends", () => {
    const start = at("2026-12-07T10:00:00Z");
    const now = at("2026-12-07T10:07:30Z");
    expect(decide(SUBSCRIBE_RATE, "203.0.113.5", SUBSCRIBE_RATE.limit, start, now)).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    expect(decide(SUBSCRIBE_RATE, "203.0.113.5", SUBSCRIBE_RATE.limit + 1, start, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 150,
    });
  });

  it("let a count shared by every visitor (no trusted proxy) go further", () => {
    const start = at("2026-12-07T10:00:00Z");
    const shared = SUBSCRIBE_RATE.limit * SHARED_COUNT_FACTOR;
    expect(decide(SUBSCRIBE_RATE, null, shared, start, start).allowed).toBe(true);
    expect(decide(SUBSCRIBE_RATE, null, shared + 1, start, start).allowed).toBe(false);
  });
});
