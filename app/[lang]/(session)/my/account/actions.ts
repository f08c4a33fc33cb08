"use server";

import { redirect } from "@/i18n/navigation";
import { setMyReminders } from "@/lib/dal/account";
import { authorizedAction } from "@/lib/dal/authorize";
import type { SimpleFormState } from "@/lib/forms/form-states";

/** "Turn reminders off" and "Turn reminders on": which one is in the form, never inferred. */
export const setRemindersAction = authorizedAction<SimpleFormState>(async (actor, formData) => {
  const on = formData.get("reminders") === "on";
  await setMyReminders(actor, on);
  return redirect(`/my/account?done=${on ? "doneOn" : "doneOff"}`);
});
