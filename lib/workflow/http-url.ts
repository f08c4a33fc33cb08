/**
 * Evidence links are shown to the public as links, so only http(s) may pass: javascript:, data:,
 * vbscript:, file: and friends would turn a link into a script or a local file. The database has
 * a matching check (`url ~ '^https?://'`), which is case-sensitive, hence the lower-cased scheme.
 */

// No whitespace or control characters anywhere: browsers strip some of them inside a URL, which
// is how "java\tscript:" style tricks get past naive prefix checks.
const HTTP_URL_PATTERN = /^https?:\/\/[^\s\p{Cc}]+$/iu;

export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  // "https://gov.govt.nz@evil.example" reads as a government link but goes elsewhere.
  return url.hostname !== "" && url.username === "" && url.password === "";
}

/** Lower-cases the scheme only; the rest is kept exactly as the author wrote it. */
export function normaliseHttpUrl(value: string): string {
  return value.replace(/^https?/i, (scheme) => scheme.toLowerCase());
}
