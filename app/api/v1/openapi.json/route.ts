import { noQuery, parseQuery } from "@/lib/api/query";
import { openApiDocument } from "@/lib/api/openapi/document";
import { env } from "@/lib/env";
import { jsonResponse, respondSafely } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the open-data API. */
export async function GET(request: Request) {
  return respondSafely(async () => {
    parseQuery(request, noQuery);
    return jsonResponse(request, openApiDocument(env().publicUrl), { lastModified: null });
  });
}
