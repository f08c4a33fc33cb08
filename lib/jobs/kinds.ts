import "server-only";
import { closePeriodIfDue, periodsDueToClose } from "@/lib/periods/close-due-periods";
import { applyScheduledUpdate, scheduledUpdatesDue } from "@/lib/dal/updates/apply-scheduled";
import { queueDigests } from "@/lib/dal/digests";
import { digestDue } from "@/lib/digest/schedule";
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
 * Each New Zealand day at DIGEST_TIME, confirmed followers get a digest of what was published for
 * them (the key is the day, so the day's digests are queued once however many servers notice).
 */
export const sendDigestsJob: JobKind = {
  kind: "send-digests",
  async due(_db, now) {
    const due = digestDue(now);
    return due ? [{ key: due.day, runAfter: due.at }] : [];
  },
  async run(tx, key, now) {
    await queueDigests(tx, key, now);
    return false;
  },
};

/**
 * Oldest work first: scheduled updates before the close that freezes what they published; the
 * digests after the updates they tell of; reminders before the mail that carries them, so a run
 * queues and sends them together; then mail.
 */
export const JOB_KINDS: JobKind[] = [
  publishScheduledJob,
  closePeriodJob,
  sendDigestsJob,
  staffRemindersJob,
  approvalRemindersJob,
  agencyNudgeJob,
  sendMailJob(),
];
