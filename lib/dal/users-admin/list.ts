import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { UserFilters } from "@/lib/people/user-input";
import type { Role } from "@/lib/status/vocabulary";
import { requireAdminRight } from "../admin-access";
import { assignableAgency } from "../agency-assignment";
import { getDb } from "../db";
import { notFound } from "../updates/errors";
import type { Queryable } from "../updates/tx";

/** Active: can sign in. Invited: has never chosen a password. Disabled: refused at sign-in. */
export type AccountStatus = "active" | "invited" | "disabled";

export type ManagedUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  agency: { id: number; acronym: string; name: string; retired: boolean } | null;
  status: AccountStatus;
  /** When the pending one-time link stops working; null when there is none. */
  linkExpiresAt: string | null;
  linkExpired: boolean;
  lastSignInAt: string | null;
  updatedAt: string;
};

export type AgencyOption = { id: number; slug: string; acronym: string; name: string; retired: boolean };

const columns = { user: t.users, agency: t.agencies };

function toDto(row: { user: t.User; agency: t.Agency | null }, now: Date): ManagedUser {
  const { user, agency } = row;
  const status: AccountStatus = user.disabledAt ? "disabled" : user.accountLinkKind === "invite" ? "invited" : "active";
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    agency: agency && { id: agency.id, acronym: agency.acronym, name: agency.name, retired: agency.retiredAt !== null },
    status,
    linkExpiresAt: user.accountLinkExpiresAt?.toISOString() ?? null,
    linkExpired: user.accountLinkExpiresAt !== null && user.accountLinkExpiresAt <= now,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    updatedAt: user.updatedAt.toISOString(),
  };
}

async function selectUsers(q: Queryable, where?: SQL) {
  return q
    .select(columns)
    .from(t.users)
    .leftJoin(t.agencies, eq(t.agencies.id, t.users.agencyId))
    .where(where)
    .orderBy(asc(t.users.name), asc(t.users.email));
}

/** Every account, filtered by role and agency (its address name), with every agency to filter by: administrators only. */
export async function listUsersForManagement(
  actor: Actor,
  filters: UserFilters = {},
  now = new Date(),
): Promise<{ users: ManagedUser[]; agencies: AgencyOption[] }> {
  requireAdminRight(actor, "manage_users");
  const db = await getDb();
  const where = and(
    filters.role ? eq(t.users.role, filters.role) : undefined,
    filters.agency ? eq(t.agencies.slug, filters.agency) : undefined,
  );
  // The filter offers retired agencies too: people may still belong to one.
  const [rows, agencies] = await Promise.all([selectUsers(db, where), agencyOptions(db, null, true)]);
  return { users: rows.map((r) => toDto(r, now)), agencies };
}

export const userNotFound = () => notFound("user");

export function validUserId(userId: number): boolean {
  return Number.isSafeInteger(userId) && userId > 0 && userId <= 2_147_483_647;
}

/** One account to manage, with the agencies it may be given (active ones, and its own). */
export async function getUserForEdit(
  actor: Actor,
  userId: number,
  now = new Date(),
): Promise<{ user: ManagedUser; agencies: AgencyOption[]; isSelf: boolean }> {
  const admin = requireAdminRight(actor, "manage_users");
  if (!validUserId(userId)) throw userNotFound();
  const db = await getDb();
  const [row] = await selectUsers(db, eq(t.users.id, userId));
  if (!row) throw userNotFound();
  const agencies = await agencyOptions(db, row.user.agencyId);
  return { user: toDto(row, now), agencies, isSelf: admin.userId === userId };
}

/** The agencies an account may be given: every active one, and the one it already has (retired or not). */
export async function agencyOptions(q: Queryable, keepId: number | null = null, all = false): Promise<AgencyOption[]> {
  const rows = await q
    .select({
      id: t.agencies.id,
      slug: t.agencies.slug,
      acronym: t.agencies.acronym,
      name: t.agencies.name,
      retiredAt: t.agencies.retiredAt,
    })
    .from(t.agencies)
    .where(all ? undefined : assignableAgency(keepId === null ? [] : [keepId]))
    .orderBy(asc(t.agencies.name));
  return rows.map(({ retiredAt, ...a }) => ({ ...a, retired: retiredAt !== null }));
}

/** For the invitation form: the agencies a new account may be given. */
export async function getInviteOptions(actor: Actor): Promise<AgencyOption[]> {
  requireAdminRight(actor, "manage_users");
  return agencyOptions(await getDb());
}
