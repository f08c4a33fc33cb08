"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction, type ActionState } from "@/lib/dal/authorize";
import { withdrawUpdate } from "@/lib/dal/updates";
import { formArgument } from "@/lib/forms/action-arguments";

const withdraw = authorizedAction<ActionState>(async (actor, formData) => {
  await withdrawUpdate(actor, Number(formData.get("updateId")), Number(formData.get("version")));
  const code = String(formData.get("actionCode") ?? "");
  return redirect(`/my?done=withdrawn&action=${encodeURIComponent(code)}`);
});

/** A plain form post (no client state), so a refusal is shown on /my through the query string. */
export async function withdrawAction(...args: unknown[]): Promise<void> {
  const state = await withdraw({ status: "idle" }, formArgument(...args) as FormData);
  if (state.status === "error") return redirect(`/my?problem=${state.code === "conflict" ? "conflict" : "refused"}`);
}
