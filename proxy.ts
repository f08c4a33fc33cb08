import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

// /reports is not here: anonymous readers get the report's public version.
const STAFF_PATHS = [
  /^\/my(\/|$)/,
  /^\/review(\/|$)/,
  /^\/dashboard(\/|$)/,
  /^\/admin(\/|$)/,
  /^\/actions\/[^/]+\/update$/,
];

const CROSS_SITE = "This request did not come from a Mahere page, so nothing was done. Reload the page and try again.";

/**
 * A server-action post whose Origin is another site, or "null" (a sandboxed frame, a data: page).
 * Next.js refuses these too, but with a 500; this answers 403 before it gets that far.
 */
function isCrossSiteAction(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Next.js refuses server-action bodies over 1 MB (its default limit), but with a 500. */
const MAX_POST_BYTES = 1024 * 1024;

const TOO_LARGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too much text</title>
<h1>Too much text to save</h1><p>What you sent is larger than Mahere accepts (1 MB), so nothing was saved.
Go back: your browser keeps what you typed. Shorten the longest field (each says its limit) and try again.</p></html>`;

/** Passes the path on for the navigation. */
function next(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-mahere-path", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

/** Sends people without a session from staff pages to sign in. */
const staffOnly = auth((request) => {
  if (!request.auth) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return next(request);
});

/**
 * A convenience, never the guard (every page and action checks again in lib/dal). Only staff pages
 * go through the sign-in middleware: it sets cookies, and public pages, feeds and downloads must
 * carry none, so shared caches can keep them and never hand one visitor's cookie to the next.
 */
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) {
    return new NextResponse(TOO_LARGE, { status: 413, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (isCrossSiteAction(request)) {
    return new NextResponse(CROSS_SITE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (STAFF_PATHS.some((p) => p.test(request.nextUrl.pathname))) {
    return (staffOnly as unknown as (r: NextRequest, e: NextFetchEvent) => ReturnType<typeof next>)(request, event);
  }
  return next(request);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
