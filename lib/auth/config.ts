import type { JWT } from "@auth/core/jwt";
import type { NextAuthConfig } from "next-auth";
import { readEnv } from "@/lib/env";

/** Sessions end eight hours after sign-in, however active they are (an absolute lifetime). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

declare module "next-auth" {
  interface Session {
    userId?: number;
    sessionVersion?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
    signedInAt?: number;
  }
}

/** A token past its absolute lifetime (or without a sign-in time) no longer counts. */
export function withinLifetime(token: JWT, now = Date.now()): JWT | null {
  if (typeof token.signedInAt !== "number" || now - token.signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
  return token;
}

/**
 * Auth.js builds its own addresses (the OpenID Connect redirect URI, the redirects after sign-in and
 * sign-out) and chooses secure cookies from AUTH_URL, or else from the request's Host. Pinned here to
 * the public address, so none of them depends on a header a client sends, and the route handlers, the
 * proxy and server components all agree.
 */
export function authUrl(source: Record<string, string | undefined> = process.env): string | null {
  const checked = readEnv(source);
  return checked.ok ? `${checked.env.publicUrl}/api/auth` : null;
}
// A build has no run-time settings (and needs none); a server has checked them before it serves.
const pinned = authUrl();
if (pinned) process.env.AUTH_URL = pinned;

/**
 * The part of the sign-in set-up that needs no database: shared by the proxy (which only redirects)
 * and the full set-up in lib/auth/auth.ts. Who the user is, and whether the session still counts,
 * is decided per request by lib/dal/actor.ts.
 */
export const authConfig = {
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token }) {
      return withinLifetime(token);
    },
    session({ session, token }) {
      return Object.assign(session, { userId: token.uid, sessionVersion: token.sv });
    },
  },
} satisfies NextAuthConfig;
