import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

/**
 * Next's production server hands route handlers a request URL on its own hostname (localhost), not
 * the one the browser used. OpenID Connect needs the same redirect URI at both ends of the flow, so
 * unless AUTH_URL pins it, the URL is rebuilt from the (trusted) Host header.
 */
function withBrowserOrigin(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL) return request;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  const { pathname, search } = new URL(request.url);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : request.body;
  const rebuilt = new Request(`${proto}://${host}${pathname}${search}`, {
    method: request.method,
    headers: request.headers,
    body,
    ...(body ? { duplex: "half" } : {}),
  } as RequestInit);
  return rebuilt as NextRequest; // Auth.js reads only the standard Request fields here
}

export const GET = (request: NextRequest) => handlers.GET(withBrowserOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(withBrowserOrigin(request));
