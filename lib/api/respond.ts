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

/**
 * A download too large to hold in memory, written as it is read. Its ETag is worked out before any
 * row is read (from what names the content: the state of the public record and the query), so a
 * client whose copy is current gets a 304 without a row being read. The first part is read before
 * answering, so a failure there still gets an error response; a failure later cuts the download
 * short (and is logged): the client sees a broken transfer, never a shorter file that looks whole.
 */
export async function streamedCsvResponse(
  request: Request,
  parts: AsyncIterable<string>,
  filename: string,
  freshness: Freshness & { etag: string },
): Promise<Response> {
  const headers: Record<string, string> = { ...OPEN, ETag: freshness.etag, "Cache-Control": CACHE_CONTROL };
  if (freshness.lastModified) headers["Last-Modified"] = freshness.lastModified.toUTCString();
  if (isNotModified(request, freshness.etag, freshness.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  const iterator = parts[Symbol.asyncIterator]();
  const first = await iterator.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`Download of ${filename} failed part-way:`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(first.done ? "" : body, {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
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
