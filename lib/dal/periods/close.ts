import "server-only";
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import { freezePeriod } from "@/db/periods/freeze-period";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { notFound, WorkflowError } from "../updates/errors";
import { lockPeriods, requireMonitor } from "./access";
import { PERIOD_CLOSED_EVENT } from "@/lib/periods/close-due-periods";

export { PERIOD_CLOSED_EVENT };

export type ClosedPeriod = { label: string; actions: number; indicators: number };

/**
 * Closes a period now, as a deliberate act: the monitor types the period's label to confirm. The
 * snapshot of every action's and indicator's published position is frozen in the same transaction
 * as the close and its audit event, and can never change afterwards. Periods close in order, and
 * never before they open.
 */
export async function closePeriod(
  actor: Actor,
  id: number,
  confirmLabel: unknown,
  now = new Date(),
): Promise<ClosedPeriod> {
  const monitor = requireMonitor(actor);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound("reporting period");
  const db = await getDb();
  const closed = await db.transaction(async (tx) => {
    await lockPeriods(tx);
    const [row] = await tx.select().from(t.reportingPeriods).where(eq(t.reportingPeriods.id, id)).for("update");
    if (!row) throw notFound("reporting period");
    if (row.closedAt) throw new WorkflowError("invalid_transition", `${row.label} is already closed.`);
    const typed = typeof confirmLabel === "string" ? confirmLabel.normalize("NFC").trim() : "";
    if (typed !== row.label) {
      const message = `To close the period, type its name exactly: ${row.label}.`;
      throw new WorkflowError("invalid", `Nothing was closed. ${message}`, { confirmLabel: [message] });
    }
    if (now.getTime() < row.opensAt.getTime()) {
      throw new WorkflowError("invalid_transition", `${row.label} has not opened yet, so it cannot be closed.`);
    }
    const [earlier] = await tx
      .select({ label: t.reportingPeriods.label })
      .from(t.reportingPeriods)
      .where(and(isNull(t.reportingPeriods.closedAt), lt(t.reportingPeriods.startsOn, row.startsOn)))
      .orderBy(asc(t.reportingPeriods.startsOn))
      .limit(1);
    if (earlier) {
      throw new WorkflowError(
        "invalid_transition",
        `${earlier.label} is still open. Periods close in order: close ${earlier.label} first.`,
      );
    }
    const frozen = await freezePeriod(tx, id, now);
    await recordAudit(tx, {
      actor: monitor,
      entity: "reporting_period",
      entityId: id,
      event: PERIOD_CLOSED_EVENT,
      before: { label: row.label, closesAt: row.closesAt.toISOString(), closedAt: null },
      after: { closedAt: now.toISOString(), actionSnapshots: frozen.actions, indicatorSnapshots: frozen.indicators },
      at: now,
    });
    return { label: row.label, actions: frozen.actions, indicators: frozen.indicators };
  });
  // Public pages show actions with nothing published for the period as stale from now on: the
  // public revision rose with the close (lib/dal/cached-public-read.ts).
  return closed;
}
