import NextAuth from "next-auth";
import { NextResponse } from "next/server";
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

/**
 * A convenience, never the guard (every page and action checks again in lib/dal): sends people
 * without a session from staff pages to sign in, and passes the path on for the navigation.
 */
export default auth((request) => {
  const path = request.nextUrl.pathname;
  if (!request.auth && STAFF_PATHS.some((p) => p.test(path))) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set("x-mahere-path", path);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
