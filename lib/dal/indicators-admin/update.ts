import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { parseIndicatorForm, type FormSource } from "@/lib/indicators/indicator-input";
import type { Actor } from "@/lib/permissions/actor";
import { mergeFieldErrors } from "@/lib/workflow/field-errors";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput, WorkflowError } from "../updates/errors";
import { indicatorNotFound, requireMonitor } from "./access";
import { checkReferences } from "./references";
import { linksOf, sameSnapshot, snapshotOf } from "./snapshot";
import { columnsOf, guardCodeClash, snapshotOfInput, writeLinks } from "./write";

export const INDICATOR_UPDATED = "indicator.updated";

export const STALE_INDICATOR =
  "Someone else changed this indicator after you opened it, so your changes were not saved. Your answers are still in the form: open the indicator again in a new tab to see the current version, then save your changes there.";

/** The form's hidden `updatedAt`: when the copy being edited was last saved, to the millisecond. */
function parseStamp(stamp: string): number | null {
  const ms = Date.parse(stamp);
  return /^\d{4}-\d{2}-\d{2}T/.test(stamp) && Number.isFinite(ms) ? ms : null;
}

/**
 * A TEC monitor edits an indicator. Optimistic locking: the form carries the `updatedAt` it was
 * opened with, and a save from an older copy is refused rather than overwriting the newer one.
 * Saving without a change writes nothing (and so stales nobody else's form).
 */
export async function updateIndicator(
  actor: Actor,
  indicatorId: number,
  expectedUpdatedAt: string,
  form: FormSource,
): Promise<{ id: number; code: string; changed: boolean; updatedAt: string }> {
  const monitor = requireMonitor(actor);
  if (!Number.isSafeInteger(indicatorId) || indicatorId <= 0 || indicatorId > 2_147_483_647) throw indicatorNotFound();
  const expected = parseStamp(expectedUpdatedAt);
  const parsed = parseIndicatorForm(form);
  const db = await getDb();

  const result = await guardCodeClash(() =>
    db.transaction(async (tx) => {
      // Locked so two saves of the same copy cannot both pass the version check.
      const [row] = await tx.select().from(t.indicators).where(eq(t.indicators.id, indicatorId)).for("update");
      if (!row) throw indicatorNotFound();
      if (expected === null || row.updatedAt.getTime() !== expected)
        throw new WorkflowError("conflict", STALE_INDICATOR);
      const referenceErrors = parsed.ok ? await checkReferences(tx, parsed.data, row) : {};
      if (!parsed.ok || Object.keys(referenceErrors).length > 0) {
        throw invalidInput(mergeFieldErrors(parsed.ok ? {} : parsed.errors, referenceErrors));
      }
      const input = parsed.data;
      const before = snapshotOf(row, await linksOf(tx, indicatorId));
      const after = snapshotOfInput(input);
      if (sameSnapshot(before, after)) {
        return { id: row.id, code: row.code, changed: false, updatedAt: row.updatedAt.toISOString() };
      }
      // Strictly later than the copy it replaces, even within the same millisecond.
      const now = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
      await tx
        .update(t.indicators)
        .set({ ...columnsOf(input), updatedAt: now })
        .where(eq(t.indicators.id, indicatorId));
      await writeLinks(tx, indicatorId, input);
      await recordAudit(tx, {
        actor: monitor,
        entity: "indicator",
        entityId: indicatorId,
        event: INDICATOR_UPDATED,
        before,
        after,
        at: now,
      });
      return { id: row.id, code: input.code, changed: true, updatedAt: now.toISOString() };
    }),
  );
  return result;
}
