import { NextResponse, type NextRequest } from "next/server";

/**
 * A convenience only, never a guard: passes the path to server components (for the current-page
 * marker in the navigation). Authorisation lives in lib/dal.
 */
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-mahere-path", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
