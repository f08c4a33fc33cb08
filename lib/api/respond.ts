/**
 * How every open-data route answers: cacheable bodies with validators and conditional GET, and
 * errors as `{ error: { code, message, fields? } }`. Unexpected errors (a database failure, a bug)
 * are logged here and answered as a bare 500, so no SQL or stack trace ever reaches a caller.
 */
import { ApiError, type ApiErrorBody } from "./errors";
import { isNotModified, strongEtag } from "./conditional-get";

export type Freshness = {
  /** The newest change the body reflects (e.g. the latest publishedAt); null when unknown. */
  lastModified: Date | null;
};

const CACHE_CONTROL = "public, max-age=60";
// Open data: any web page may read it.
const OPEN = { "Access-Control-Allow-Origin": "*" } as const;

function cacheable(request: Request, body: string, contentType: string, freshness: Freshness, extra = {}): Response {
  const etag = strongEtag(body);
  const headers: Record<string, string> = { ...OPEN, ETag: etag, "Cache-Control": CACHE_CONTROL, ...extra };
  if (freshness.lastModified) headers["Last-Modified"] = freshness.lastModified.toUTCString();
  if (isNotModified(request, etag, freshness.lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function jsonResponse(request: Request, data: unknown, freshness: Freshness): Response {
  return cacheable(request, JSON.stringify(data), "application/json; charset=utf-8", freshness);
}

export function csvResponse(request: Request, csv: string, filename: string, freshness: Freshness): Response {
  return cacheable(request, csv, "text/csv; charset=utf-8", freshness, {
    "Content-Disposition": `attachment; filename="${filename}"`,
  });
}

export function atomResponse(request: Request, xml: string, freshness: Freshness): Response {
  return cacheable(request, xml, "application/atom+xml; charset=utf-8", freshness);
}

function errorBody(body: ApiErrorBody, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...OPEN, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorBody(error.toBody(), error.status);
  console.error("Open-data API request failed:", error);
  return errorBody({ error: { code: "internal", message: "Something went wrong on our side. Try again later." } }, 500);
}

/** Runs a route's work and turns anything it throws into an error response. */
export async function respondSafely(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return errorResponse(error);
  }
}

/** The newest of some ISO timestamps, or `fallback` when there are none. */
export function newestOf(timestamps: readonly (string | null)[], fallback: string | null): Date | null {
  let newest: string | null = null;
  for (const t of timestamps) if (t !== null && (newest === null || Date.parse(t) > Date.parse(newest))) newest = t;
  const chosen = newest ?? fallback;
  return chosen === null ? null : new Date(chosen);
}
