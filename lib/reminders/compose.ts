import { createTranslator } from "use-intl/core";
import en from "@/messages/en/staff.json";
import { formatDateTime } from "@/lib/format/dates";

/** Staff mail is written in English, as the staff pages are until their te reo Māori is done. */
const text = () => createTranslator({ locale: "en", messages: { staff: en }, namespace: "staff.reminders" });

export type ReminderMailKind = "week_before" | "due_day" | "in_grace" | "nudge" | "approval";

export type ReminderMail = { subject: string; text: string };

export type ReminderContent = {
  kind: ReminderMailKind;
  name: string;
  periodLabel: string;
  dueAt: Date;
  graceUntil: Date;
  actions: { code: string; title: string }[];
  /** The page to act on (My actions, or the review queue), absolute. */
  actLink: string;
  /** /my/account, absolute: where reminders are turned off. */
  accountLink: string;
};

/** A reminder to one person, in plain text: what is due, by when, where to do it and how to stop these. */
export function composeReminder(c: ReminderContent): ReminderMail {
  const t = text();
  const values = {
    count: c.actions.length,
    period: c.periodLabel,
    due: formatDateTime(c.dueAt.toISOString()),
    grace: formatDateTime(c.graceUntil.toISOString()),
  };
  const lines = [
    t("greeting", { name: c.name }),
    "",
    t(`body.${c.kind}`, values),
    "",
    ...c.actions.map((a) => `- ${a.code} ${a.title}`),
    "",
    t(`act.${c.kind === "approval" ? "approval" : "write"}`),
    c.actLink,
    "",
    t("why"),
    t("stop"),
    c.accountLink,
  ];
  return { subject: t(`subject.${c.kind}`, values), text: lines.join("\n") };
}
