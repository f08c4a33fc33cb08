import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { parsePeriodInput } from "@/lib/periods/period-input";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput, notFound, WorkflowError } from "../updates/errors";
import { lockPeriods, periodAuditView, requireMonitor } from "./access";

export const PERIOD_EDITED_EVENT = "period.edited";

export const CLOSED_MESSAGE = (label: string) =>
  `${label} is closed: its deadlines and snapshot are fixed for good and cannot be edited.`;

/**
 * Changes a period's four deadlines (New Zealand wall-clock dates and times in `input`). The edit
 * is refused when the period changed since the form was loaded (`expectedUpdatedAt`), so a stale
 * copy never overwrites a newer one, and a closed period is never edited.
 */
export async function editPeriod(
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  expectedUpdatedAt: Date | string,
  now = new Date(),
): Promise<void> {
  const monitor = requireMonitor(actor);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound("reporting period");
  const parsed = parsePeriodInput(input, now);
  if (!parsed.ok) throw invalidInput(parsed.fieldErrors);
  const expected = new Date(expectedUpdatedAt).getTime();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockPeriods(tx);
    const [row] = await tx.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.id, id)).for("update");
    if (!row) throw notFound("reporting period");
    if (row.closedAt) throw new WorkflowError("invalid_transition", CLOSED_MESSAGE(row.label));
    if (row.updatedAt.getTime() !== expected) {
      throw new WorkflowError(
        "conflict",
        `${row.label} was changed by someone else since you opened it. Your edits were not saved: reload to see the latest dates.`,
      );
    }
    const after = { ...row, ...parsed.value };
    await tx
      .update(t.reportingPeriods)
      // Always moves forward, so even two edits within one millisecond tell a stale copy apart.
      .set({ ...parsed.value, updatedAt: new Date(Math.max(now.getTime(), row.updatedAt.getTime() + 1)) })
      .where(eq(t.reportingPeriods.id, id));
    await recordAudit(tx, {
      actor: monitor,
      entity: "reporting_period",
      entityId: id,
      event: PERIOD_EDITED_EVENT,
      before: periodAuditView(row),
      after: periodAuditView(after),
      at: now,
    });
  });
}
