import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { getDb } from "./db";

/** The pre-registered, enabled user with this email, or null. */
export async function findActiveUserByEmail(rawEmail: string) {
  const email = rawEmail.trim().toLowerCase();
  if (!email) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: t.users.id, email: t.users.email, sessionVersion: t.users.sessionVersion })
    .from(t.users)
    .where(and(eq(t.users.email, email), isNull(t.users.disabledAt)))
    .limit(1);
  return user ?? null;
}

/** Bumps the user's session version, so every session signed before now stops counting. */
export async function endAllSessions(actor: { userId: number }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ v: t.users.sessionVersion }).from(t.users).where(eq(t.users.id, actor.userId));
    await tx
      .update(t.users)
      .set({ sessionVersion: sql`${t.users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(t.users.id, actor.userId));
    await tx.insert(t.auditEvents).values({
      actorId: actor.userId,
      actorLabel: `user ${actor.userId}`,
      entity: "user",
      entityId: String(actor.userId),
      event: "user.sessions_ended",
      before: { sessionVersion: before?.v },
      after: { sessionVersion: (before?.v ?? 0) + 1 },
    });
  });
}
