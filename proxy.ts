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
  if (STAFF_PATHS.some((p) => p.test(request.nextUrl.pathname))) {
    return (staffOnly as unknown as (r: NextRequest, e: NextFetchEvent) => ReturnType<typeof next>)(request, event);
  }
  return next(request);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
