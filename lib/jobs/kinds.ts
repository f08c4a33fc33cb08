import "server-only";
import { closePeriodIfDue, periodsDueToClose } from "@/lib/periods/close-due-periods";
import { applyScheduledUpdate, scheduledUpdatesDue } from "@/lib/dal/updates/apply-scheduled";
import { sendMailJob } from "@/lib/mail/send-job";
import { agencyNudgeJob, approvalRemindersJob, staffRemindersJob } from "@/lib/dal/reminders/jobs";
import type { JobKind } from "./kind";

/**
 * A period whose close time has come is closed and frozen. The key carries the close time as well
 * as the period, so a close moved later after the job ran is a new occurrence, queued when it comes.
 */
export const closePeriodJob: JobKind = {
  kind: "close-period",
  async due(db, now) {
    const periods = await periodsDueToClose(db, now);
    return periods.map((p) => ({ key: `${p.id}@${p.closesAt.toISOString()}`, runAfter: p.closesAt }));
  },
  async run(tx, key, now) {
    return (await closePeriodIfDue(tx, Number.parseInt(key, 10), now)) !== null;
  },
};

/** A scheduled update whose time has come carries its forecast and milestones into the plan. */
export const publishScheduledJob: JobKind = {
  kind: "publish-scheduled",
  async due(db, now) {
    const updates = await scheduledUpdatesDue(db, now);
    return updates.map((u) => ({ key: String(u.id), runAfter: u.publishedAt }));
  },
  async run(tx, key, now) {
    return applyScheduledUpdate(tx, Number.parseInt(key, 10), now);
  },
};

/**
 * Oldest work first: scheduled updates before the close that freezes what they published; reminders
 * before the mail that carries them, so a run queues and sends them together.
 */
export const JOB_KINDS: JobKind[] = [
  publishScheduledJob,
  closePeriodJob,
  staffRemindersJob,
  approvalRemindersJob,
  agencyNudgeJob,
  sendMailJob(),
];
