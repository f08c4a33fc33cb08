import "server-only";
import { asc, count, eq, type SQL } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";
import { getDb } from "../db";
import { notFound } from "../updates/errors";

export type ManagedAgency = {
  id: number;
  slug: string;
  acronym: string;
  name: string;
  nameMi: string | null;
  websiteUrl: string | null;
  retiredAt: string | null;
  updatedAt: string;
  people: number;
};

const columns = {
  id: t.agencies.id,
  slug: t.agencies.slug,
  acronym: t.agencies.acronym,
  name: t.agencies.name,
  nameMi: t.agencies.nameMi,
  websiteUrl: t.agencies.websiteUrl,
  retiredAt: t.agencies.retiredAt,
  updatedAt: t.agencies.updatedAt,
  people: count(t.users.id),
};

type Row = Awaited<ReturnType<typeof selectAgencies>>[number];

function toDto(row: Row): ManagedAgency {
  return { ...row, retiredAt: row.retiredAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() };
}

async function selectAgencies(where?: SQL) {
  const db = await getDb();
  return db
    .select(columns)
    .from(t.agencies)
    .leftJoin(t.users, eq(t.users.agencyId, t.agencies.id))
    .where(where)
    .groupBy(t.agencies.id)
    .orderBy(asc(t.agencies.acronym));
}

/** Every agency, retired ones too, with how many user accounts belong to each: administrators only. */
export async function listAgenciesForManagement(actor: Actor): Promise<ManagedAgency[]> {
  requireAdminRight(actor, "manage_agencies");
  const rows = await selectAgencies();
  return rows.map(toDto);
}

export const agencyNotFound = () => notFound("agency");

/** One agency to edit: administrators only. */
export async function getAgencyForEdit(actor: Actor, agencyId: number): Promise<ManagedAgency> {
  requireAdminRight(actor, "manage_agencies");
  if (!Number.isSafeInteger(agencyId) || agencyId <= 0 || agencyId > 2_147_483_647) throw agencyNotFound();
  const [row] = await selectAgencies(eq(t.agencies.id, agencyId));
  if (!row) throw agencyNotFound();
  return toDto(row);
}
