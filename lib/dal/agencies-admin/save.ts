import "server-only";
import { and, eq, ne, or, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { parseAgencyForm, postedAgencyValues, type AgencyInput, type FormSource } from "@/lib/people/agency-input";
import { addFieldError, mergeFieldErrors, type FieldErrors } from "@/lib/workflow/field-errors";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { isUniqueViolation } from "../unique-violation";
import { invalidInput, WorkflowError } from "../updates/errors";
import type { Queryable } from "../updates/tx";
import { agencyNotFound } from "./list";

export const AGENCY_CREATED = "agency.created";
export const AGENCY_UPDATED = "agency.updated";

const SLUG_TAKEN = "Another agency already has this address name. Choose a different one.";
const ACRONYM_TAKEN = "Another agency already has this acronym. Choose a different one.";
export const STALE_AGENCY =
  "Someone else changed this agency after you opened it, so your changes were not saved. Your answers are still in the form: open the agency again in a new tab to see the current version.";

/** Slugs and acronyms are compared without regard to case: "moe" and "MoE" would read as one agency. */
async function clashes(
  q: Queryable,
  input: Pick<AgencyInput, "slug" | "acronym">,
  exceptId?: number,
): Promise<FieldErrors> {
  const same = or(eq(t.agencies.slug, input.slug), sql`lower(${t.agencies.acronym}) = lower(${input.acronym})`);
  const rows = await q
    .select({ slug: t.agencies.slug, acronym: t.agencies.acronym })
    .from(t.agencies)
    .where(exceptId === undefined ? same : and(same, ne(t.agencies.id, exceptId)));
  const errors: FieldErrors = {};
  if (rows.some((r) => r.slug === input.slug)) addFieldError(errors, "slug", SLUG_TAKEN);
  if (rows.some((r) => r.acronym.toLowerCase() === input.acronym.toLowerCase())) {
    addFieldError(errors, "acronym", ACRONYM_TAKEN);
  }
  return errors;
}

/** The slug and acronym to check: as parsed, or as typed when another answer is wrong (all errors at once). */
function keysOf(parsed: ReturnType<typeof parseAgencyForm>, form: FormSource) {
  if (parsed.ok) return parsed.data;
  const typed = postedAgencyValues(form);
  return { slug: typed.slug.trim(), acronym: typed.acronym.normalize("NFC").trim() };
}

/** Two administrators saving the same new slug at once: the database's index decides, with the same words. */
async function guardClash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "agencies_slug_idx")) throw invalidInput({ slug: [SLUG_TAKEN] });
    if (isUniqueViolation(error, "agencies_acronym_idx")) throw invalidInput({ acronym: [ACRONYM_TAKEN] });
    throw error;
  }
}

const columnsOf = (input: AgencyInput) => ({
  name: input.name,
  nameMi: input.nameMi,
  acronym: input.acronym,
  slug: input.slug,
  websiteUrl: input.websiteUrl,
});

/** An administrator adds an agency; one audit event in the same transaction. */
export async function createAgency(actor: Actor, form: FormSource): Promise<{ id: number }> {
  const admin = requireAdminRight(actor, "manage_agencies");
  const parsed = parseAgencyForm(form);
  const db = await getDb();
  return guardClash(() =>
    db.transaction(async (tx) => {
      const taken = await clashes(tx, keysOf(parsed, form));
      if (!parsed.ok || Object.keys(taken).length > 0) {
        throw invalidInput(mergeFieldErrors(parsed.ok ? {} : parsed.errors, taken));
      }
      const now = new Date();
      const [row] = await tx
        .insert(t.agencies)
        .values({ ...columnsOf(parsed.data), createdAt: now, updatedAt: now })
        .returning({ id: t.agencies.id });
      if (!row) throw new Error("The new agency was not returned by the database.");
      await recordAudit(tx, {
        actor: admin,
        entity: "agency",
        entityId: row.id,
        event: AGENCY_CREATED,
        after: columnsOf(parsed.data),
        at: now,
      });
      return row;
    }),
  );
}

/**
 * An administrator corrects an agency. The form carries the `updatedAt` it was opened with; a save
 * from an older copy is refused rather than overwriting the newer one. No change writes nothing.
 */
export async function updateAgency(
  actor: Actor,
  agencyId: number,
  expectedUpdatedAt: string,
  form: FormSource,
): Promise<{ changed: boolean }> {
  const admin = requireAdminRight(actor, "manage_agencies");
  if (!Number.isSafeInteger(agencyId) || agencyId <= 0 || agencyId > 2_147_483_647) throw agencyNotFound();
  const parsed = parseAgencyForm(form);
  const db = await getDb();
  return guardClash(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.select().from(t.agencies).where(eq(t.agencies.id, agencyId)).for("update");
      if (!row) throw agencyNotFound();
      if (row.updatedAt.toISOString() !== expectedUpdatedAt) throw new WorkflowError("conflict", STALE_AGENCY);
      const taken = await clashes(tx, keysOf(parsed, form), agencyId);
      if (!parsed.ok || Object.keys(taken).length > 0) {
        throw invalidInput(mergeFieldErrors(parsed.ok ? {} : parsed.errors, taken));
      }
      const before = columnsOf(row);
      const after = columnsOf(parsed.data);
      if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
      const now = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
      await tx
        .update(t.agencies)
        .set({ ...after, updatedAt: now })
        .where(eq(t.agencies.id, agencyId));
      await recordAudit(tx, {
        actor: admin,
        entity: "agency",
        entityId: agencyId,
        event: AGENCY_UPDATED,
        before,
        after,
        at: now,
      });
      return { changed: true };
    }),
  );
}
