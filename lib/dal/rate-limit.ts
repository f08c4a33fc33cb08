import "server-only";
import { lt, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { decide, rateWindow, type RateDecision, type RateRule } from "@/lib/security/rate-limits";
import { getDb } from "./db";

/** Windows older than this are deleted as new ones start. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one request of a client under a rule and says whether it may go ahead. The count is one
 * upsert in the database, so two servers counting at once both see the other's requests. The
 * first request of a window also clears windows long past, keeping the table small.
 */
export async function countRequest(rule: RateRule, client: string | null, now = new Date()): Promise<RateDecision> {
  const db = await getDb();
  const { key, start } = rateWindow(rule, client, now);
  const [row] = await db
    .insert(t.rateLimitHits)
    .values({ key, windowStart: start, hits: 1 })
    .onConflictDoUpdate({
      target: [t.rateLimitHits.key, t.rateLimitHits.windowStart],
      set: { hits: sql`${t.rateLimitHits.hits} + 1` },
    })
    .returning({ hits: t.rateLimitHits.hits });
  if (row!.hits === 1) {
    await db.delete(t.rateLimitHits).where(lt(t.rateLimitHits.windowStart, new Date(now.getTime() - KEEP_MS)));
  }
  return decide(rule, client, row!.hits, start, now);
}

/** `countRequest` for the client of a request, by its headers (the trusted proxies decide who that is). */
export function countRequestFrom(rule: RateRule, headers: Headers, now = new Date()): Promise<RateDecision> {
  return countRequest(rule, clientAddress(headers, env().trustedProxies), now);
}
