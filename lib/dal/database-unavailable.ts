/**
 * Whether an error means the database could not be reached or gave up waiting, rather than
 * refusing what was asked: the server is down or restarting, the connection dropped, or a query
 * waited too long for a lock or ran past its time limit. A person can try again later; nothing in
 * their request was wrong. Drizzle wraps the driver's error, so the chain of causes is searched.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/** SQLSTATEs: shutting down or starting up (57P01–57P03), lock or statement time out (55P03, 57014), too many connections (53300), connection failures (08xxx). */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "55P03", "57014", "53300"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08/.test(code)) return true;
  }
  return false;
}
