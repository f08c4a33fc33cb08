import "server-only";
import { and, asc, eq, gt, isNull, lte } from "drizzle-orm";
import * as t from "@/db/schema";
import type { JobKind } from "@/lib/jobs/kind";
import {
  APPROVAL_WAIT_MS,
  approvalReminderTime,
  editorReminderAt,
  EDITOR_REMINDERS,
  type EditorReminder,
} from "@/lib/reminders/schedule";
import type { ReminderMailKind } from "@/lib/reminders/compose";
import type { Queryable } from "../updates/tx";
import { actionsNeedingUpdate, editorsOf, type ActionToUpdate } from "./needing-update";
import { queueReminder } from "./send";

export const STAFF_REMINDERS = "staff-reminders";
export const APPROVAL_REMINDERS = "approval-reminders";
export const AGENCY_NUDGE = "agency-nudge";

const periodColumns = {
  id: t.reportingPeriods.id,
  label: t.reportingPeriods.label,
  opensAt: t.reportingPeriods.opensAt,
  dueAt: t.reportingPeriods.dueAt,
  graceUntil: t.reportingPeriods.graceUntil,
  closesAt: t.reportingPeriods.closesAt,
  closedAt: t.reportingPeriods.closedAt,
};
type PeriodRow = { id: number; label: string; opensAt: Date; dueAt: Date; graceUntil: Date; closedAt: Date | null };

/**
 * Mails each editor of the given actions' lead agencies one reminder listing their agency's actions.
 * `keyOf` names each person's reminder; returns how many were queued now.
 */
async function remindEditors(
  tx: Queryable,
  kind: ReminderMailKind,
  period: PeriodRow,
  actions: ActionToUpdate[],
  keyOf: (userId: number) => string,
  now: Date,
): Promise<number> {
  const byAgency = new Map<number, ActionToUpdate[]>();
  for (const a of actions) byAgency.set(a.leadAgencyId, [...(byAgency.get(a.leadAgencyId) ?? []), a]);
  let queued = 0;
  for (const editor of await editorsOf(tx, [...byAgency.keys()])) {
    const theirs = byAgency.get(editor.agencyId!) ?? [];
    if (theirs.length === 0) continue;
    const sent = await queueReminder(
      tx,
      keyOf(editor.id),
      editor.email,
      {
        kind,
        name: editor.name,
        periodLabel: period.label,
        dueAt: period.dueAt,
        graceUntil: period.graceUntil,
        actions: theirs,
      },
      now,
    );
    if (sent) queued++;
  }
  return queued;
}

/**
 * Staff reminders by the open period's deadlines (lib/reminders/schedule.ts). One job per period and
 * reminder, and one message per person under a key naming the person, the period and the reminder:
 * nobody is reminded twice, whatever restarts or however many servers run jobs.
 */
export const staffRemindersJob: JobKind = {
  kind: STAFF_REMINDERS,
  async due(db, now) {
    const periods = await db
      .select(periodColumns)
      .from(t.reportingPeriods)
      .where(
        and(
          isNull(t.reportingPeriods.closedAt),
          lte(t.reportingPeriods.opensAt, now),
          gt(t.reportingPeriods.graceUntil, now),
        ),
      );
    return periods.flatMap((p) => {
      const at = editorReminderAt(p, now);
      return at ? [{ key: `${p.id}:${at.kind}`, runAfter: at.from }] : [];
    });
  },
  async run(tx, key, now) {
    const [periodId, kind] = key.split(":") as [string, EditorReminder];
    if (!EDITOR_REMINDERS.includes(kind)) return false;
    const [period] = await tx
      .select(periodColumns)
      .from(t.reportingPeriods)
      .where(eq(t.reportingPeriods.id, Number.parseInt(periodId, 10)));
    // Out of date by the time it ran (the period closed, or the next reminder's day came): nothing.
    if (!period || editorReminderAt(period, now)?.kind !== kind) return false;
    const actions = await actionsNeedingUpdate(tx, period, now);
    await remindEditors(tx, kind, period, actions, (userId) => `${kind}:${period.id}:${userId}`, now);
    return false;
  },
};

/**
 * Approvers of an update submitted a day ago and still waiting for them. Keyed by the update and the
 * moment it was submitted: one reminder per submission, and none once it was approved or returned.
 */
export const approvalRemindersJob: JobKind = {
  kind: APPROVAL_REMINDERS,
  async due(db, now) {
    const waiting = await db
      .select({ id: t.progressUpdates.id, submittedAt: t.progressUpdates.submittedAt })
      .from(t.progressUpdates)
      .where(
        and(
          eq(t.progressUpdates.state, "submitted"),
          lte(t.progressUpdates.submittedAt, new Date(now.getTime() - APPROVAL_WAIT_MS)),
        ),
      );
    return waiting.flatMap((u) =>
      u.submittedAt
        ? [{ key: `${u.id}@${u.submittedAt.toISOString()}`, runAfter: approvalReminderTime(u.submittedAt) }]
        : [],
    );
  },
  async run(tx, key, now) {
    const [id, submittedAt] = key.split("@");
    const [update] = await tx
      .select({
        id: t.progressUpdates.id,
        state: t.progressUpdates.state,
        submittedAt: t.progressUpdates.submittedAt,
        agencyId: t.progressUpdates.agencyId,
        authorId: t.progressUpdates.authorId,
        code: t.actions.code,
        title: t.actions.title,
        period: periodColumns,
      })
      .from(t.progressUpdates)
      .innerJoin(t.actions, eq(t.actions.id, t.progressUpdates.actionId))
      .leftJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.progressUpdates.periodId))
      .where(eq(t.progressUpdates.id, Number.parseInt(id!, 10)));
    if (!update || update.state !== "submitted" || update.submittedAt?.toISOString() !== submittedAt) return false;
    const approvers = await tx
      .select({ id: t.users.id, email: t.users.email, name: t.users.name })
      .from(t.users)
      .where(
        and(
          eq(t.users.agencyId, update.agencyId),
          eq(t.users.role, "agency_approver"),
          isNull(t.users.disabledAt),
          isNull(t.users.remindersOffAt),
        ),
      )
      .orderBy(asc(t.users.id));
    for (const approver of approvers) {
      if (approver.id === update.authorId) continue;
      await queueReminder(
        tx,
        `approval:${key}:${approver.id}`,
        approver.email,
        {
          kind: "approval",
          name: approver.name,
          periodLabel: update.period?.label ?? "",
          dueAt: update.period?.dueAt ?? now,
          graceUntil: update.period?.graceUntil ?? now,
          actions: [{ code: update.code, title: update.title }],
        },
        now,
      );
    }
    return false;
  },
};

/**
 * A TEC monitor's nudge to one agency (queued by `nudgeAgency`, keyed by the agency and the NZ day):
 * its editors are reminded of the open period's actions still without an update.
 */
export const agencyNudgeJob: JobKind = {
  kind: AGENCY_NUDGE,
  // Nudges are queued by monitors, one click each.
  async due() {
    return [];
  },
  async run(tx, key, now) {
    const agencyId = Number.parseInt(key, 10);
    const [period] = await tx
      .select(periodColumns)
      .from(t.reportingPeriods)
      .where(
        and(
          isNull(t.reportingPeriods.closedAt),
          lte(t.reportingPeriods.opensAt, now),
          gt(t.reportingPeriods.closesAt, now),
        ),
      )
      .orderBy(asc(t.reportingPeriods.opensAt))
      .limit(1);
    if (!period) return false;
    const actions = await actionsNeedingUpdate(tx, period, now, [agencyId]);
    await remindEditors(tx, "nudge", period, actions, (userId) => `nudge:${key}:${userId}`, now);
    return false;
  },
};
