import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import * as t from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { ANONYMOUS, type Actor, type UserActor } from "@/lib/permissions/actor";
import type { Role } from "@/lib/status/vocabulary";
import { getDb } from "./db";

export type CurrentUser = UserActor & {
  name: string;
  email: string;
  agency: { id: number; slug: string; acronym: string; name: string } | null;
};

/**
 * Who is calling, checked against the database on every request: a disabled account, a changed
 * role or agency, or "sign out everywhere" (a bumped session version) takes effect at once.
 */
/** What the header shows of the signed-in user: on staff pages, and from /api/account on public ones. */
export type AccountSummary = { name: string; agency: string | null; role: CurrentUser["role"] };

export async function getAccountSummary(): Promise<AccountSummary | null> {
  const user = await getCurrentUser();
  return user && { name: user.name, agency: user.agency?.acronym ?? null, role: user.role };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => resolveSessionUser(await auth()));

/** The user a session stands for, if the session still counts. */
export async function resolveSessionUser(
  session: { userId?: number; sessionVersion?: number } | null,
): Promise<CurrentUser | null> {
  if (!session?.userId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: t.users, agency: t.agencies })
    .from(t.users)
    .leftJoin(t.agencies, eq(t.agencies.id, t.users.agencyId))
    .where(eq(t.users.id, session.userId))
    .limit(1);
  if (!row || row.user.disabledAt || row.user.sessionVersion !== session.sessionVersion) return null;
  return {
    kind: "user",
    userId: row.user.id,
    role: row.user.role as Role,
    agencyId: row.user.agencyId,
    name: row.user.name,
    email: row.user.email,
    agency: row.agency
      ? { id: row.agency.id, slug: row.agency.slug, acronym: row.agency.acronym, name: row.agency.name }
      : null,
  };
}

export async function getActor(): Promise<Actor> {
  return (await getCurrentUser()) ?? ANONYMOUS;
}
