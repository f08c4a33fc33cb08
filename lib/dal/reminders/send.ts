import "server-only";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue";
import { composeReminder, type ReminderContent } from "@/lib/reminders/compose";
import type { Queryable } from "../updates/tx";

export const REMINDER_PURPOSE = "reminder";

/** Everything but the links, which are built here on the configured public address. */
export type Reminder = Omit<ReminderContent, "actLink" | "accountLink">;

/**
 * Queues one reminder to one person. `key` names the reminder (who, what and which occasion), and is
 * the message's idempotency key: a reminder already queued under it is not queued again, by this
 * run, a later one, or another server's.
 */
export async function queueReminder(
  tx: Queryable,
  key: string,
  to: string,
  reminder: Reminder,
  now: Date,
): Promise<boolean> {
  const site = env().publicUrl;
  const mail = composeReminder({
    ...reminder,
    actLink: `${site}${reminder.kind === "approval" ? "/review" : "/my"}`,
    accountLink: `${site}/my/account`,
  });
  const queued = await queueMail(
    tx,
    { idempotencyKey: `reminder:${key}`, to, purpose: REMINDER_PURPOSE, ...mail },
    new URL(site).hostname,
    now,
  );
  return queued.queued;
}
