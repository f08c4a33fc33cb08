import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { verifyPassword } from "@/lib/auth/passwords";
import { blockSecondsAfter, secondsToWait } from "@/lib/auth/throttle-policy";
import { getDb } from "./db";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The throttle buckets an attempt counts in. With the client's address known: per (account,
 * address), so a stranger guessing at a named person's account slows only themselves and never
 * locks that person out, and per address across accounts, so one client cannot guess fast at many
 * accounts. With no address (no trusted proxy configured), per account only.
 */
const keysFor = (email: string, ip: string | null) =>
  ip ? [`account:${email}|ip:${ip}`, `ip:${ip}`] : [`email:${email}`];

/**
 * Checks an email and password, throttled as keysFor says. Unknown email, wrong password, disabled
 * account and password-less account all give the same answer in about the same time.
 */
export async function verifyCredentials(
  rawEmail: string,
  password: string,
  ip: string | null,
  now = new Date(),
): Promise<SignInResult> {
  const db = await getDb();
  const email = rawEmail.trim().toLowerCase();
  const keys = keysFor(email, ip);
  const throttles = await db.select().from(t.signInThrottle).where(inArray(t.signInThrottle.key, keys));
  const wait = Math.max(0, ...throttles.map((r) => secondsToWait(r.blockedUntil, now)));
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const [user] = await db.select().from(t.users).where(eq(t.users.email, email)).limit(1);
  const usable = user && !user.disabledAt ? user : undefined;
  const ok = await verifyPassword(usable?.passwordHash ?? null, password);
  if (ok && usable) {
    await db.delete(t.signInThrottle).where(eq(t.signInThrottle.key, keys[0]!));
    await db.update(t.users).set({ lastSignInAt: now }).where(eq(t.users.id, usable.id));
    return {
      ok: true,
      user: { id: usable.id, email: usable.email, name: usable.name, sessionVersion: usable.sessionVersion },
    };
  }
  for (const key of keys) {
    const [row] = await db
      .insert(t.signInThrottle)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: t.signInThrottle.key,
        set: { failures: sql`${t.signInThrottle.failures} + 1`, lastFailureAt: now },
      })
      .returning();
    const block = blockSecondsAfter(row!.failures);
    if (block > 0) {
      await db
        .update(t.signInThrottle)
        .set({ blockedUntil: new Date(now.getTime() + block * 1000) })
        .where(eq(t.signInThrottle.key, key));
    }
  }
  return { ok: false, reason: "invalid" };
}
