/**
 * The client's address for throttling, as the TLS-terminating proxy in front of Mahere reports it
 * (first X-Forwarded-For hop). Next.js does not expose the socket address, so with no proxy header
 * there is no address: throttling then works per account only, rather than lumping every visitor
 * into one shared "unknown" bucket that a single attacker could lock for everyone.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
