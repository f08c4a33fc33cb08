import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import * as t from "@/db/schema";
import { parseIndicatorForm, type FormSource } from "@/lib/indicators/indicator-input";
import { mergeFieldErrors } from "@/lib/workflow/field-errors";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput } from "../updates/errors";
import { requireMonitor } from "./access";
import { checkReferences } from "./references";
import { columnsOf, guardCodeClash, snapshotOfInput, writeLinks } from "./write";

export const INDICATOR_CREATED = "indicator.created";

/** A TEC monitor adds an indicator with its links; one audit event in the same transaction. */
export async function createIndicator(actor: Actor, form: FormSource): Promise<{ id: number; code: string }> {
  const monitor = requireMonitor(actor);
  const parsed = parseIndicatorForm(form);
  const db = await getDb();
  const now = new Date();

  const created = await guardCodeClash(() =>
    db.transaction(async (tx) => {
      const referenceErrors = parsed.ok ? await checkReferences(tx, parsed.data) : {};
      if (!parsed.ok || Object.keys(referenceErrors).length > 0) {
        throw invalidInput(mergeFieldErrors(parsed.ok ? {} : parsed.errors, referenceErrors));
      }
      const input = parsed.data;
      const [row] = await tx
        .insert(t.indicators)
        .values({ ...columnsOf(input), createdAt: now, updatedAt: now })
        .returning({ id: t.indicators.id, code: t.indicators.code });
      if (!row) throw new Error("The new indicator was not returned by the database.");
      await writeLinks(tx, row.id, input);
      await recordAudit(tx, {
        actor: monitor,
        entity: "indicator",
        entityId: row.id,
        event: INDICATOR_CREATED,
        before: null,
        after: snapshotOfInput(input),
        at: now,
      });
      return row;
    }),
  );
  return created;
}
