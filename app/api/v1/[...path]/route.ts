import { notFound } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Any other path under /api/v1 answers in the API's own error shape, not an HTML page. */
export async function GET() {
  return errorResponse(notFound("There is no such endpoint. See /api/v1/openapi.json."));
}
