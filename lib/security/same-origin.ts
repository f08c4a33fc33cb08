/**
 * A state-changing request must show that it came from one of our own pages: its Origin must be
 * this site, or (where a browser sends no Origin) Sec-Fetch-Site must say "same-origin". A request
 * with neither is refused, not waved through.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return headers.get("sec-fetch-site") === "same-origin";
}
