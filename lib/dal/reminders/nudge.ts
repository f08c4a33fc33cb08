import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { nzDateOf } from "@/lib/periods/nz-time";
import type { Actor } from "@/lib/permissions/actor";
import { canNudgeAgencies } from "@/lib/permissions/reminder-permissions";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { forbidden, notFound } from "../updates/errors";
import { AGENCY_NUDGE } from "./jobs";

export const AGENCY_NUDGED = "agency.nudged";

export type NudgeResult = { nudged: boolean; agency: string };

/**
 * A TEC monitor nudges an agency: its editors are reminded, by the job runner, of the open period's
 * actions still without an update. At most once per agency per NZ day, however many monitors click
 * on however many servers: the job's key is the agency and the day, and the jobs table takes each
 * key once. A second nudge the same day changes nothing and says so.
 */
export async function nudgeAgency(actor: Actor, agencySlug: string, now = new Date()): Promise<NudgeResult> {
  if (!canNudgeAgencies(actor)) throw forbidden("Only TEC monitors can remind an agency of its updates.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [agency] = await tx
      .select({ id: t.agencies.id, acronym: t.agencies.acronym })
      .from(t.agencies)
      .where(eq(t.agencies.slug, agencySlug));
    if (!agency) throw notFound("agency");
    const day = nzDateOf(now);
    const [queued] = await tx
      .insert(t.jobs)
      .values({ kind: AGENCY_NUDGE, key: `${agency.id}:${day}`, runAfter: now })
      .onConflictDoNothing({ target: [t.jobs.kind, t.jobs.key] })
      .returning({ id: t.jobs.id });
    if (!queued) return { nudged: false, agency: agency.acronym };
    await recordAudit(tx, {
      actor,
      entity: "agency",
      entityId: agency.id,
      event: AGENCY_NUDGED,
      after: { day },
      at: now,
    });
    return { nudged: true, agency: agency.acronym };
  });
}
