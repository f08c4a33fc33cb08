import "server-only";
import { and, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { parseReadingsForm, type FormSource } from "@/lib/indicators/indicator-input";
import type { Actor } from "@/lib/permissions/actor";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput, WorkflowError } from "../updates/errors";
import { indicatorNotFound, requireMonitor } from "./access";
import { loadReadingRows, readingsFromRows, readingsStamp, rowKey, rowsFromInput } from "./readings";

export const READINGS_RECORDED = "indicator.readings_recorded";

export const STALE_READINGS =
  "Someone else changed this period's readings after you opened them, so yours were not saved. Your values are still in the form: choose the period again to see the current readings, then save.";

const closedMessage = (label: string) =>
  `The ${label} reporting period is closed, so its readings are frozen and cannot be changed. Choose an open period.`;

/**
 * Records one period's readings of an indicator: the total, and the population-group and region
 * values given. It replaces what was there, so a breakdown the monitor cleared is removed. A
 * closed period is frozen. Nothing changes, and nothing is audited, when the values are the same.
 */
export async function recordReadings(
  actor: Actor,
  indicatorId: number,
  expectedStamp: string,
  form: FormSource,
): Promise<{ code: string; periodId: number; changed: boolean }> {
  const monitor = requireMonitor(actor);
  if (!Number.isSafeInteger(indicatorId) || indicatorId <= 0 || indicatorId > 2_147_483_647) throw indicatorNotFound();
  const parsed = parseReadingsForm(form);
  const db = await getDb();
  const now = new Date();

  const result = await db.transaction(async (tx) => {
    // Locking the indicator puts two saves of its readings one after the other.
    const [indicator] = await tx
      .select({ id: t.indicators.id, code: t.indicators.code })
      .from(t.indicators)
      .where(eq(t.indicators.id, indicatorId))
      .for("update");
    if (!indicator) throw indicatorNotFound();
    if (!parsed.ok) throw invalidInput(parsed.errors);
    const input = parsed.data;

    const [period] = await tx
      .select({ id: t.reportingPeriods.id, label: t.reportingPeriods.label, closedAt: t.reportingPeriods.closedAt })
      .from(t.reportingPeriods)
      .where(eq(t.reportingPeriods.id, input.periodId));
    if (!period) throw invalidInput({ periodId: ["Choose a reporting period from the list."] });
    if (period.closedAt) {
      const message = closedMessage(period.label);
      throw new WorkflowError("invalid", message, { periodId: [message] });
    }

    const existing = await loadReadingRows(tx, indicatorId, period.id);
    const before = readingsFromRows(existing);
    if (readingsStamp(before) !== expectedStamp) throw new WorkflowError("conflict", STALE_READINGS);
    const wanted = rowsFromInput(input);
    const after = readingsFromRows(wanted);
    if (JSON.stringify(before) === JSON.stringify(after)) {
      return { code: indicator.code, periodId: period.id, changed: false };
    }

    const wantedKeys = new Set(wanted.map(rowKey));
    const scope = and(eq(t.indicatorReadings.indicatorId, indicatorId), eq(t.indicatorReadings.periodId, period.id));
    for (const gone of existing.filter((r) => !wantedKeys.has(rowKey(r)))) {
      await tx
        .delete(t.indicatorReadings)
        .where(
          and(
            scope,
            eq(t.indicatorReadings.breakdownKind, gone.breakdownKind),
            eq(t.indicatorReadings.breakdownValue, gone.breakdownValue),
          ),
        );
    }
    const had = new Map(existing.map((r) => [rowKey(r), r]));
    for (const row of wanted) {
      const old = had.get(rowKey(row));
      if (old && old.value === row.value && old.note === row.note) continue;
      await tx
        .insert(t.indicatorReadings)
        .values({ indicatorId, periodId: period.id, ...row, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [
            t.indicatorReadings.indicatorId,
            t.indicatorReadings.periodId,
            t.indicatorReadings.breakdownKind,
            t.indicatorReadings.breakdownValue,
          ],
          set: { value: row.value, note: row.note, updatedAt: now },
        });
    }
    await recordAudit(tx, {
      actor: monitor,
      entity: "indicator",
      entityId: indicatorId,
      event: READINGS_RECORDED,
      before: { period: period.label, ...before },
      after: { period: period.label, ...after },
      at: now,
    });
    return { code: indicator.code, periodId: period.id, changed: true };
  });
  return result;
}
