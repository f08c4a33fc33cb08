/** Only a path on this site may be a sign-in destination: never another origin (open redirect). */
export function safeCallbackPath(value: unknown, fallback = "/my"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  try {
    const url = new URL(value, "http://mahere.invalid");
    if (url.origin !== "http://mahere.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
