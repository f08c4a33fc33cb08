import type { MahereEnv } from "@/lib/env";

/**
 * The client's address for throttling. Next.js does not give route handlers the socket address,
 * and it keeps an X-Forwarded-For header that the client sent itself, so the header is believed
 * only as far as MAHERE_TRUSTED_PROXIES says:
 * - unset: no proxy is trusted, the header may be forged, so there is no address (sign-in is then
 *   throttled per account only);
 * - a hop count N: each of the N proxies in front appended the address it saw, so the client is the
 *   Nth entry from the right;
 * - a list of proxy addresses: walking from the right, the first entry that is not one of them.
 */
export function clientAddress(headers: Headers, trusted: MahereEnv["trustedProxies"]): string | null {
  if (!trusted) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  if ("hops" in trusted) {
    if (trusted.hops === 0 || hops.length < trusted.hops) return null;
    return hops[hops.length - trusted.hops] ?? null;
  }
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.addresses.includes(hops[i]!)) return hops[i]!;
  }
  return null;
}
