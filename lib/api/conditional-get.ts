/**
 * Validators for conditional GET (RFC 9110 §13): a strong ETag from the body's bytes and a
 * Last-Modified date, so clients that poll the open data get 304s when nothing has changed.
 */
import { createHash } from "node:crypto";

export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** HTTP dates have whole seconds; compare at that precision. */
function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // If-None-Match uses the weak comparison: W/"x" matches "x".
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}

/**
 * True when the client's copy is current. If-None-Match wins over If-Modified-Since when both are
 * sent, as RFC 9110 requires; an unparseable If-Modified-Since is ignored.
 */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return toSeconds(lastModified) <= Math.floor(since / 1000);
}
