import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { agencyNotFound } from "./list";

export const AGENCY_RETIRED = "agency.retired";
export const AGENCY_UNRETIRED = "agency.unretired";

/**
 * Retires an agency (or brings it back). Nothing that names it changes: its actions, updates,
 * users and history stay as they were; it is only no longer given to anyone or anything new
 * (lib/dal/agency-assignment.ts). Asking for the state it is already in writes nothing.
 */
export async function setAgencyRetired(
  actor: Actor,
  agencyId: number,
  retired: boolean,
): Promise<{ changed: boolean; slug: string }> {
  const admin = requireAdminRight(actor, "manage_agencies");
  if (!Number.isSafeInteger(agencyId) || agencyId <= 0 || agencyId > 2_147_483_647) throw agencyNotFound();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.agencies).where(eq(t.agencies.id, agencyId)).for("update");
    if (!row) throw agencyNotFound();
    if ((row.retiredAt !== null) === retired) return { changed: false, slug: row.slug };
    const now = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
    await tx
      .update(t.agencies)
      .set({ retiredAt: retired ? now : null, updatedAt: now })
      .where(eq(t.agencies.id, agencyId));
    await recordAudit(tx, {
      actor: admin,
      entity: "agency",
      entityId: agencyId,
      event: retired ? AGENCY_RETIRED : AGENCY_UNRETIRED,
      before: { retiredAt: row.retiredAt?.toISOString() ?? null },
      after: { retiredAt: retired ? now.toISOString() : null },
      at: now,
    });
    return { changed: true, slug: row.slug };
  });
}
