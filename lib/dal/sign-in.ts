import "server-only";
import { eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { verifyPassword } from "@/lib/auth/passwords";
import {
  ACCOUNT_FREE_ATTEMPTS,
  blockSecondsAfterFree,
  FREE_ATTEMPTS,
  MAX_BLOCK_SECONDS,
  secondsToWait,
} from "@/lib/auth/throttle-policy";
import { getDb } from "./db";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The throttle buckets an attempt counts in, each with the failures it allows before a wait. With
 * the client's address known: per (account, address), so a stranger guessing at a named person's
 * account slows only themselves; per address across accounts, so one client cannot guess fast at
 * many accounts; and per account across addresses with a larger allowance, so many addresses
 * together cannot either. With no address (no trusted proxy configured), per account only.
 */
const bucketsFor = (email: string, ip: string | null): Bucket[] =>
  ip
    ? [
        { key: `account:${email}|ip:${ip}`, free: FREE_ATTEMPTS },
        { key: `ip:${ip}`, free: FREE_ATTEMPTS },
        { key: `account:${email}`, free: ACCOUNT_FREE_ATTEMPTS },
      ]
    : [{ key: `email:${email}`, free: FREE_ATTEMPTS }];

type Bucket = { key: string; free: number };

/**
 * Counts an attempt in a bucket before the password is checked, in one statement, unless the
 * bucket is blocked: so guesses sent in parallel each see the ones before them. The attempt that
 * uses up the bucket's free ones blocks it at once for the longest wait, until its outcome sets the
 * real one (a crash in between leaves the bucket blocked for at most MAX_BLOCK_SECONDS). Returns the
 * bucket's count with this attempt, or null when the bucket is blocked.
 */
async function claimAttempt(db: Awaited<ReturnType<typeof getDb>>, bucket: Bucket, now: Date): Promise<number | null> {
  const pending = new Date(now.getTime() + MAX_BLOCK_SECONDS * 1000);
  const [row] = await db
    .insert(t.signInThrottle)
    .values({ key: bucket.key, failures: 1, lastFailureAt: now, blockedUntil: bucket.free <= 1 ? pending : null })
    .onConflictDoUpdate({
      target: t.signInThrottle.key,
      set: {
        failures: sql`${t.signInThrottle.failures} + 1`,
        lastFailureAt: now,
        blockedUntil: sql`case when ${t.signInThrottle.failures} + 1 >= ${bucket.free} then ${pending.toISOString()}::timestamptz else ${t.signInThrottle.blockedUntil} end`,
      },
      setWhere: or(isNull(t.signInThrottle.blockedUntil), lte(t.signInThrottle.blockedUntil, now)),
    })
    .returning({ failures: t.signInThrottle.failures });
  return row?.failures ?? null;
}

/**
 * Checks an email and password, throttled as bucketsFor says. Unknown email, wrong password,
 * disabled account and password-less account all give the same answer in about the same time.
 */
export async function verifyCredentials(
  rawEmail: string,
  password: string,
  ip: string | null,
  now = new Date(),
): Promise<SignInResult> {
  const db = await getDb();
  const email = rawEmail.trim().toLowerCase();
  const buckets = bucketsFor(email, ip);
  const throttled = async (): Promise<SignInResult> => {
    const rows = await db
      .select()
      .from(t.signInThrottle)
      .where(
        inArray(
          t.signInThrottle.key,
          buckets.map((b) => b.key),
        ),
      );
    const wait = Math.max(1, ...rows.map((r) => secondsToWait(r.blockedUntil, now)));
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  };
  const rows = await db
    .select()
    .from(t.signInThrottle)
    .where(
      inArray(
        t.signInThrottle.key,
        buckets.map((b) => b.key),
      ),
    );
  if (rows.some((r) => secondsToWait(r.blockedUntil, now) > 0)) return throttled();
  const counts: number[] = [];
  for (const bucket of buckets) {
    const count = await claimAttempt(db, bucket, now);
    if (count === null) {
      // Blocked in the meantime by a parallel attempt: this one is not checked, and does not count.
      await settle(db, buckets.slice(0, counts.length), counts, "undo", now);
      return throttled();
    }
    counts.push(count);
  }

  const [user] = await db.select().from(t.users).where(eq(t.users.email, email)).limit(1);
  const usable = user && !user.disabledAt ? user : undefined;
  const ok = await verifyPassword(usable?.passwordHash ?? null, password);
  if (ok && usable) {
    // A success clears this address's count on the account; the others forget this attempt.
    await db.delete(t.signInThrottle).where(eq(t.signInThrottle.key, buckets[0]!.key));
    await settle(db, buckets.slice(1), counts.slice(1), "undo", now);
    await db.update(t.users).set({ lastSignInAt: now }).where(eq(t.users.id, usable.id));
    return {
      ok: true,
      user: { id: usable.id, email: usable.email, name: usable.name, sessionVersion: usable.sessionVersion },
    };
  }
  await settle(db, buckets, counts, "failed", now);
  return { ok: false, reason: "invalid" };
}

/**
 * After the check. A failure blocks each bucket its count has reached the free attempts of, for the
 * wait that count earns (replacing the longest wait the claim set). "undo" takes the attempt back
 * out of each bucket, and lifts the block when this attempt set it (the one before had run out, or
 * the attempt could not have been counted). Neither clears a block another attempt set.
 */
async function settle(
  db: Awaited<ReturnType<typeof getDb>>,
  buckets: Bucket[],
  counts: number[],
  outcome: "failed" | "undo",
  now: Date,
) {
  for (const [i, bucket] of buckets.entries()) {
    const count = counts[i]!;
    const where = eq(t.signInThrottle.key, bucket.key);
    if (outcome === "failed") {
      const block = blockSecondsAfterFree(count, bucket.free);
      if (block > 0)
        await db
          .update(t.signInThrottle)
          .set({ blockedUntil: new Date(now.getTime() + block * 1000) })
          .where(where);
      continue;
    }
    await db
      .update(t.signInThrottle)
      .set({
        failures: sql`greatest(${t.signInThrottle.failures} - 1, 0)`,
        ...(count >= bucket.free ? { blockedUntil: null } : {}),
      })
      .where(where);
  }
}
