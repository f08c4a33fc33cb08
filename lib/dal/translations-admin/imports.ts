import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { TranslationChange, TranslationImportError } from "@/db/schema/translations";
import type { Actor } from "@/lib/permissions/actor";
import { diffImport } from "@/lib/translations/import-diff";
import { readTranslationWorkbook, translationWorkbook } from "@/lib/translations/workbook";
import { requireAdminRight } from "../admin-access";
import { recordAudits } from "../audit";
import { getDb } from "../db";
import { invalidInput, notFound, WorkflowError } from "../updates/errors";
import { currentCatalogue, workbookRows } from "./catalogue";

export const TRANSLATION_IMPORTED = "interface_text.imported";
/** How long a checked import waits for its confirmation. */
const PENDING_HOURS = 24;

export const HAS_ERRORS = "This file has errors, so it cannot be applied. Correct them and import it again.";
export const ALREADY_APPLIED = "This import has already been applied.";
export const STALE_IMPORT =
  "The te reo Māori text changed after this file was checked, so nothing was applied. Import the file again to see what it would change now.";
export const NO_FILE = "Choose a workbook to import.";
export const NOTHING_TO_APPLY = "This file changes nothing: every text is already as it says.";

const importNotFound = () => notFound("translation import (a checked import is kept for a day)");

/** The workbook for translators: the te reo Māori text that still repeats the English, or all of it. */
export async function exportTranslations(actor: Actor, which: "left" | "all"): Promise<Buffer> {
  requireAdminRight(actor, "manage_translations");
  const catalogue = await currentCatalogue(await getDb());
  return translationWorkbook(workbookRows(catalogue, which));
}

export type TranslationImportPreview = {
  id: string;
  fileName: string;
  createdAt: string;
  appliedAt: string | null;
  changes: TranslationChange[];
  unchanged: number;
  errors: TranslationImportError[];
};

/**
 * The dry run: reads the workbook, compares it with the catalogue and keeps the result, unapplied,
 * for the administrator to look at and confirm (from any server). A file with errors still shows
 * what its other rows would change, but can never be applied. Writes nothing else. Imports left
 * unconfirmed for a day are cleared out on the way.
 */
export async function checkTranslationImport(
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  now = new Date(),
): Promise<{ id: string }> {
  const admin = requireAdminRight(actor, "manage_translations");
  if (file.bytes.byteLength === 0) throw invalidInput({ file: [NO_FILE] });
  const db = await getDb();
  const read = await readTranslationWorkbook(file.bytes);
  const diff = diffImport(await currentCatalogue(db), read.rows);
  // In the order a person reads the workbook: the file's own problems first, then by sheet and row.
  const errors = [...read.errors, ...diff.errors].sort(
    (a, b) => a.row - b.row || a.sheet.localeCompare(b.sheet) || a.column.localeCompare(b.column),
  );
  return db.transaction(async (tx) => {
    await tx
      .delete(t.translationImports)
      .where(
        and(
          isNull(t.translationImports.appliedAt),
          lt(t.translationImports.createdAt, new Date(now.getTime() - PENDING_HOURS * 3_600_000)),
        ),
      );
    const [row] = await tx
      .insert(t.translationImports)
      .values({
        locale: "mi",
        fileName: file.name.slice(0, 200),
        createdBy: admin.userId,
        createdAt: now,
        changes: diff.changes,
        unchanged: diff.unchanged,
        errors,
      })
      .returning({ id: t.translationImports.id });
    return row!;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A checked import, as its preview shows it: only to the administrator who imported it. */
export async function getTranslationImport(actor: Actor, id: string): Promise<TranslationImportPreview> {
  const admin = requireAdminRight(actor, "manage_translations");
  if (!UUID.test(id)) throw importNotFound();
  const db = await getDb();
  const [row] = await db
    .select()
    .from(t.translationImports)
    .where(and(eq(t.translationImports.id, id), eq(t.translationImports.createdBy, admin.userId)));
  if (!row) throw importNotFound();
  return {
    id: row.id,
    fileName: row.fileName,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    changes: row.changes,
    unchanged: row.unchanged,
    errors: row.errors,
  };
}

/**
 * Applies a checked import in one transaction: its texts become the site's te reo Māori (upserted
 * over earlier imports), one audit event per key, and the import is marked applied. Refused, with
 * nothing written, when it had errors, was applied already, or the text it would replace has
 * changed since it was checked. The public revision rises with the write (a trigger), so every
 * server's messages are read again.
 */
export async function applyTranslationImport(actor: Actor, id: string, now = new Date()): Promise<{ changed: number }> {
  const admin = requireAdminRight(actor, "manage_translations");
  if (!UUID.test(id)) throw importNotFound();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(t.translationImports)
      .where(and(eq(t.translationImports.id, id), eq(t.translationImports.createdBy, admin.userId)))
      .for("update");
    if (!pending) throw importNotFound();
    if (pending.appliedAt) throw new WorkflowError("conflict", ALREADY_APPLIED);
    if (pending.errors.length) throw new WorkflowError("invalid", HAS_ERRORS);
    if (pending.changes.length === 0) throw new WorkflowError("invalid", NOTHING_TO_APPLY);
    // Serialises applies: the check of what the text is now and the write see the same state.
    await tx.select().from(t.publicRevision).for("update");
    const { current } = await currentCatalogue(tx);
    if (pending.changes.some((c) => (current.get(c.key) ?? "") !== c.before)) {
      throw new WorkflowError("conflict", STALE_IMPORT);
    }
    await tx
      .insert(t.interfaceTranslations)
      .values(
        pending.changes.map((c) => ({
          locale: "mi",
          key: c.key,
          text: c.after,
          updatedBy: admin.userId,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [t.interfaceTranslations.locale, t.interfaceTranslations.key],
        set: { text: sql`excluded.text`, updatedBy: admin.userId, updatedAt: now },
      });
    await recordAudits(
      tx,
      admin,
      pending.changes.map((c) => ({
        entity: "interface_text",
        entityId: `mi:${c.key}`,
        event: TRANSLATION_IMPORTED,
        before: { text: c.before },
        after: { text: c.after },
        reason: `Imported from ${pending.fileName}`,
        at: now,
      })),
    );
    await tx.update(t.translationImports).set({ appliedAt: now }).where(eq(t.translationImports.id, id));
    return { changed: pending.changes.length };
  });
}
