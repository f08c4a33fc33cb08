/**
 * How many requests one client may make to an endpoint in a window, counted in the database
 * (lib/dal/rate-limit.ts) so the limit holds across every server. Pure, so the rules are tested
 * directly.
 */

export type RateRule = { name: string; limit: number; windowMs: number };

const TEN_MINUTES = 10 * 60 * 1000;

/** The public subscription endpoints: signing up sends mail, so it is held tighter than the links. */
export const SUBSCRIBE_RATE: RateRule = { name: "subscribe", limit: 10, windowMs: TEN_MINUTES };
export const SUBSCRIPTION_LINK_RATE: RateRule = { name: "subscription-link", limit: 30, windowMs: TEN_MINUTES };

/**
 * The stocktake: starting a response makes a resume link (and may send mail); every use of a
 * resume link (each step seen or saved) is counted, so links cannot be guessed at speed.
 */
export const STOCKTAKE_START_RATE: RateRule = { name: "stocktake-start", limit: 10, windowMs: TEN_MINUTES };
export const STOCKTAKE_LINK_RATE: RateRule = { name: "stocktake-link", limit: 200, windowMs: TEN_MINUTES };

/**
 * Without a trusted proxy there is no client address to count by (lib/auth/client-address.ts), so
 * every visitor shares one count, allowed this many times the rule's limit.
 */
export const SHARED_COUNT_FACTOR = 20;

export type RateDecision = { allowed: boolean; retryAfterSeconds: number };

/** The window `now` falls in: its start, and the key the count is kept under. */
export function rateWindow(rule: RateRule, client: string | null, now: Date): { key: string; start: Date } {
  const start = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  return { key: `${rule.name}:${client === null ? "shared" : `ip:${client}`}`, start };
}

/** Whether the request that made the count `hits` may go ahead, and if not how long to wait. */
export function decide(
  rule: RateRule,
  client: string | null,
  hits: number,
  windowStart: Date,
  now: Date,
): RateDecision {
  const limit = client === null ? rule.limit * SHARED_COUNT_FACTOR : rule.limit;
  if (hits <= limit) return { allowed: true, retryAfterSeconds: 0 };
  const end = windowStart.getTime() + rule.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((end - now.getTime()) / 1000)) };
}
