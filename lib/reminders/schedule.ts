/**
 * When staff are reminded of an update still to write, by the period's NZ-time deadlines: a week
 * before the due date, on the due date, and once after it while the grace period runs. Reminders go
 * out from 09:00 NZ time on their day, never in the night. Pure, so the schedule is tested directly.
 */

import { addDays } from "@/lib/periods/calendar-date";
import { nzDateOf, nzLocalToUtc } from "@/lib/periods/nz-time";

export const EDITOR_REMINDERS = ["week_before", "due_day", "in_grace"] as const;
export type EditorReminder = (typeof EDITOR_REMINDERS)[number];

/** NZ wall-clock time from which a day's reminder goes out. */
export const REMINDER_TIME = "09:00";

/** How long a submitted update waits for its agency's approval before the approvers are reminded. */
export const APPROVAL_WAIT_MS = 24 * 60 * 60 * 1000;

export type ReminderPeriod = { opensAt: Date; dueAt: Date; graceUntil: Date; closedAt?: Date | null };

/**
 * When each reminder becomes due: 09:00 NZ time a week before the due date, on it, and the day
 * after it. A deadline that falls before 09:00 is reminded of from the start of its day instead.
 */
export function editorReminderTimes(p: ReminderPeriod): Record<EditorReminder, Date> {
  const dueOn = nzDateOf(p.dueAt);
  const dayStart = nzLocalToUtc(dueOn, REMINDER_TIME);
  return {
    week_before: nzLocalToUtc(addDays(dueOn, -7), REMINDER_TIME),
    due_day: dayStart < p.dueAt ? dayStart : nzLocalToUtc(dueOn, "00:00"),
    in_grace: nzLocalToUtc(addDays(dueOn, 1), REMINDER_TIME),
  };
}

/**
 * The reminder due at `now`, with the time it became due, or null: none before the first, none once
 * the grace period is over or the period closed, none before the period opens. Only the latest is
 * due, so a runner that was stopped for a week sends the reminder that fits today, not the ones it
 * missed.
 */
export function editorReminderAt(p: ReminderPeriod, now: Date): { kind: EditorReminder; from: Date } | null {
  if (p.closedAt || now < p.opensAt || now >= p.graceUntil) return null;
  const times = editorReminderTimes(p);
  let due: { kind: EditorReminder; from: Date } | null = null;
  for (const kind of EDITOR_REMINDERS) {
    if (times[kind] <= now && (kind !== "in_grace" || times[kind] < p.graceUntil)) due = { kind, from: times[kind] };
  }
  return due;
}

/** When the approvers of an update submitted at `submittedAt` are reminded of it. */
export function approvalReminderTime(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + APPROVAL_WAIT_MS);
}
