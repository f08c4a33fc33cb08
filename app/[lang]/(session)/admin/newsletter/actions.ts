"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { sendNewsletter, sendNewsletterTest } from "@/lib/dal/newsletter";
import type { SimpleFormState } from "@/lib/forms/form-states";

const periodOf = (formData: FormData) => String(formData.get("period") ?? "");
const back = (period: string, done: string) =>
  redirect(`/admin/newsletter?period=${encodeURIComponent(period)}&done=${done}`);

/** "Send a test to me": the data access layer checks the caller and the period. */
export const sendNewsletterTestAction = authorizedAction<SimpleFormState>(async (actor, formData) => {
  const period = periodOf(formData);
  await sendNewsletterTest(actor, period);
  return back(period, "tested");
});

/** "Send to everyone following the whole plan": refused there until a test has been sent. */
export const sendNewsletterAction = authorizedAction<SimpleFormState>(async (actor, formData) => {
  const period = periodOf(formData);
  const queued = await sendNewsletter(actor, period);
  return back(period, queued > 0 ? "sent" : "sentNone");
});
