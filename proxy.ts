import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { LOCALE_COOKIE, LOCALE_HEADER } from "@/i18n/config";
import { isSitePath, languageOfPath, localizedHref, unlocalizedPath } from "@/i18n/routing";
import { authConfig } from "@/lib/auth/config";
import { isMalformedPath, isUnreadableActionCall } from "@/lib/security/request-shape";

const { auth } = NextAuth(authConfig);

// Matched against the path without its language. /reports is not here: anonymous readers get the
// report's public version.
const STAFF_PATHS = [
  /^\/my(\/|$)/,
  /^\/review(\/|$)/,
  /^\/dashboard(\/|$)/,
  /^\/admin(\/|$)/,
  /^\/actions\/[^/]+\/update$/,
];

/**
 * Pages that read the session (app/[lang]/(session)), and pages whose address is a secret (the
 * one-time account link, the pages a mailed subscription link opens, a stocktake response's resume
 * link): never kept by a shared cache.
 */
const SESSION_PATHS = [
  ...STAFF_PATHS,
  /^\/login(\/|$)/,
  /^\/reports(\/|$)/,
  /^\/set-password\//,
  /^\/subscribe\/(confirm|unsubscribe|manage)\//,
  /^\/stocktake\/[^/]+\/respond\//,
];

/**
 * What public pages (app/[lang]/(public)) say to caches: any cache may keep one for as long as the
 * page cache does (the layout's `revalidate`), and serve it for a minute more while it asks again.
 * Next.js would send the same without `public`; it keeps a Cache-Control set here.
 */
const PUBLIC_CACHE_CONTROL = "public, s-maxage=5, stale-while-revalidate=55";

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

const UNREADABLE = "This request could not be read, so nothing was done. Reload the page and try again.";

/** Next.js refuses server-action bodies over 1 MB (its default limit), but with a 500. */
const MAX_POST_BYTES = 1024 * 1024;
/**
 * A plan spreadsheet upload goes to its own route handler, which refuses a file over its limit
 * (lib/plan-spreadsheet/layout.ts, 8 MB) with its own message; this lets the form's overhead through
 * and stays under what Next.js buffers for a proxy (10 MB).
 */
const PLAN_UPLOAD = /^\/admin\/plan\/import\/upload$/;
const MAX_PLAN_UPLOAD_POST_BYTES = 9 * 1024 * 1024;

function postLimit(pathname: string): number {
  return PLAN_UPLOAD.test(unlocalizedPath(pathname)) ? MAX_PLAN_UPLOAD_POST_BYTES : MAX_POST_BYTES;
}

const TOO_LARGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too much text</title>
<h1>Too much text to save</h1><p>What you sent is larger than Mahere accepts (1 MB), so nothing was saved.
Go back: your browser keeps what you typed. Shorten the longest field (each says its limit) and try again.</p></html>`;

/**
 * Serves an address from its `app/[lang]` route: `/actions` from `/en/actions`, `/mi/actions` from
 * `/mi/actions`. An action page's history pages (`?history=2`) come from their own route, so the
 * action page itself never reads the query and can be cached whole. The language also goes on as a
 * request header, for server actions, which have no route to read it from.
 */
function serve(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const lang = languageOfPath(pathname);
  const rest = unlocalizedPath(pathname);
  const target = request.nextUrl.clone();
  target.pathname = `/${lang}${rest === "/" ? "" : rest}`;
  const action = /^\/actions\/([^/]+)$/.exec(rest);
  const history = searchParams.get("history");
  if (action && history !== null && /^\d{1,6}$/.test(history)) {
    target.pathname = `/${lang}/actions/${action[1]}/history/${history}`;
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, lang);
  const response = NextResponse.rewrite(target, { request: { headers } });
  // Feeds (route handlers) say their own.
  const page = !rest.endsWith("/feed.xml") && !SESSION_PATHS.some((p) => p.test(rest));
  if (page) response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  return response;
}

/**
 * Sends people without a session from staff pages to sign in (in their language). Auth.js hands the
 * callback a request on the public address; the page is served from the original request's.
 */
function staffOnly(original: NextRequest) {
  return auth((request) => {
    if (!request.auth) {
      const login = new URL(localizedHref("/login", languageOfPath(request.nextUrl.pathname)), request.nextUrl);
      login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(login);
    }
    return serve(original);
  });
}

/** A redirect no shared cache keeps: it depends on the visitor's cookie. */
function privateRedirect(url: URL, status: 307 | 308) {
  const response = NextResponse.redirect(url, status);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

/**
 * A convenience, never the guard (every page and action checks again in lib/dal). Only staff pages
 * go through the sign-in middleware: it sets cookies, and public pages, feeds and downloads must
 * carry none, so shared caches can keep them and never hand one visitor's cookie to the next.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse(UNREADABLE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // The API has no pages or server actions: only the check above applies to it.
  if (/^\/api(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next();
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > postLimit(request.nextUrl.pathname)) {
    if (PLAN_UPLOAD.test(unlocalizedPath(request.nextUrl.pathname))) {
      const back = localizedHref("/admin/plan/import?refused=too_large", languageOfPath(request.nextUrl.pathname));
      return NextResponse.redirect(new URL(back, request.nextUrl), 303);
    }
    return new NextResponse(TOO_LARGE, { status: 413, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (isCrossSiteAction(request)) {
    return new NextResponse(CROSS_SITE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (await isUnreadableActionCall(request)) {
    return new NextResponse(UNREADABLE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { pathname, search } = request.nextUrl;
  if (!isSitePath(pathname)) return NextResponse.next();
  const reading = request.method === "GET" || request.method === "HEAD";
  // English has no prefix: `/en/actions` is `/actions`.
  if (/^\/en(\/|$)/.test(pathname)) {
    return privateRedirect(new URL(`${unlocalizedPath(pathname)}${search}`, request.nextUrl), 308);
  }
  // A returning visitor who chose te reo Māori goes from an English address to its /mi twin.
  if (reading && languageOfPath(pathname) === "en" && request.cookies.get(LOCALE_COOKIE)?.value === "mi") {
    return privateRedirect(new URL(localizedHref(`${pathname}${search}`, "mi"), request.nextUrl), 307);
  }
  if (STAFF_PATHS.some((p) => p.test(unlocalizedPath(pathname)))) {
    const guard = staffOnly(request) as unknown as (r: NextRequest, e: NextFetchEvent) => ReturnType<typeof serve>;
    return guard(request, event);
  }
  return serve(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
