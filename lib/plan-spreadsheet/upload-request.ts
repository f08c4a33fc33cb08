/**
 * How an import route handler answers: with a stream of progress lines when the page's script asks
 * for one (Accept: application/x-ndjson), else, for a plain form post, with a redirect (303) to
 * where the stream would have sent the page.
 */
import { NDJSON, progressStream, type BarPhase, type ImportEvent, type ImportRefusal } from "./progress-events";

export function wantsStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes(NDJSON);
}

export async function answer(
  request: Request,
  work: (progress: (phase: BarPhase, fraction: number) => void) => Promise<ImportEvent>,
  refusedUrl: (code: ImportRefusal) => string,
): Promise<Response> {
  if (wantsStream(request)) return progressStream(work);
  const event = await work(() => {});
  const location = event.type === "done" ? event.url : event.type === "refused" ? refusedUrl(event.code) : "/";
  return new Response(null, { status: 303, headers: { location, "cache-control": "private, no-store" } });
}
