"use server";

import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { authorizedAction, type ActionState } from "@/lib/dal/authorize";
import { approveUpdate, publishUpdate, returnForChanges, scheduleUpdate, WorkflowError } from "@/lib/dal/updates";
import { nzLocalToUtc } from "@/lib/periods/nz-time";

/** A review step's form state: refusals count up `attempt` so the error summary takes focus again. */
type ReviewState = ActionState & { attempt: number };

function target(formData: FormData) {
  return {
    id: Number(formData.get("updateId")),
    version: Number(formData.get("version")),
    code: encodeURIComponent(String(formData.get("actionCode") ?? "")),
  };
}

export const approveAction = authorizedAction<ReviewState>(async (actor, formData) => {
  const { id, version, code } = target(formData);
  await approveUpdate(actor, id, version);
  return redirect(`/review?done=approved&action=${code}`);
});

export const returnAction = authorizedAction<ReviewState>(async (actor, formData) => {
  const { id, version, code } = target(formData);
  await returnForChanges(actor, id, version, formData.get("returnReason") ?? "");
  return redirect(`/review?done=returned&action=${code}`);
});

/** Publishing is public at once, so it needs the reviewer's explicit confirmation. */
export const publishAction = authorizedAction<ReviewState>(async (actor, formData) => {
  const { id, version, code } = target(formData);
  if (formData.get("confirmPublish") !== "on") {
    const t = await getTranslations("review.refusals");
    const confirm = t("confirm");
    throw new WorkflowError("invalid", t("notPublished", { confirm }), { confirmPublish: [confirm] });
  }
  await publishUpdate(actor, id, version);
  return redirect(`/review?done=published&action=${code}`);
});

/** The date and time are New Zealand wall-clock time, whatever the server's own zone. */
export const scheduleAction = authorizedAction<ReviewState>(async (actor, formData) => {
  const { id, version, code } = target(formData);
  let publishAt: Date;
  try {
    publishAt = nzLocalToUtc(String(formData.get("publishDate") ?? ""), String(formData.get("publishTime") ?? ""));
  } catch {
    const when = (await getTranslations("review.refusals"))("when");
    throw new WorkflowError("invalid", when, { publishDate: [when] });
  }
  await scheduleUpdate(actor, id, version, publishAt);
  return redirect(`/review?done=scheduled&action=${code}`);
});
