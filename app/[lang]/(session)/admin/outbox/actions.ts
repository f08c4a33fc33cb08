"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { sendDigestsNow } from "@/lib/dal/digests";
import type { SimpleFormState } from "@/lib/forms/form-states";

/** "Send today's digests now": the data access layer checks the caller and records who asked. */
export const sendDigestsNowAction = authorizedAction<SimpleFormState>(async (actor) => {
  const { queued } = await sendDigestsNow(actor);
  return redirect(`/admin/outbox?done=${queued > 0 ? "digestsQueued" : "digestsNone"}`);
});
