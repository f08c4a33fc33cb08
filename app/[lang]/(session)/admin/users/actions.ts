"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { isWorkflowError } from "@/lib/dal/updates";
import { changeUserAccess, endUserSessions, inviteUser, issueNewLink, setUserDisabled } from "@/lib/dal/users-admin";
import type { LinkFormState, SimpleFormState } from "@/lib/forms/form-states";
import { ACCESS_FIELDS, INVITE_FIELDS, postedValues } from "@/lib/people/user-input";

const userIdOf = (formData: FormData) => {
  const n = Number(formData.get("userId"));
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

/** A refusal from the data access layer, with what was typed kept beside it. */
function refused<S extends SimpleFormState>(previous: S, error: unknown, values?: Record<string, string>): S {
  if (!isWorkflowError(error)) throw error;
  return {
    ...previous,
    status: "error",
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values,
    attempt: previous.attempt + 1,
  };
}

/** "Invite": the answer carries the one-time link, shown once and never put in an address. */
export const inviteUserAction = authorizedAction<LinkFormState>(async (actor, formData, previous) => {
  try {
    const issued = await inviteUser(actor, formData);
    return { status: "idle", attempt: previous.attempt + 1, ...issued };
  } catch (error) {
    return refused(previous, error, postedValues(formData, INVITE_FIELDS));
  }
});

/** "New one-time link": the old link stops working; the new one is shown once. */
export const newLinkAction = authorizedAction<LinkFormState>(async (actor, formData, previous) => {
  try {
    const issued = await issueNewLink(actor, userIdOf(formData));
    return { status: "idle", attempt: previous.attempt + 1, ...issued };
  } catch (error) {
    return refused(previous, error);
  }
});

export const changeAccessAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const userId = userIdOf(formData);
  let changed: boolean;
  try {
    ({ changed } = await changeUserAccess(actor, userId, String(formData.get("updatedAt") ?? ""), formData));
  } catch (error) {
    return refused(previous, error, postedValues(formData, ACCESS_FIELDS));
  }
  return redirect(`/admin/users/${userId}?done=${changed ? "access" : "unchanged"}`);
});

/** "Disable" and "Enable": which one is in the form, never inferred. */
export const disableUserAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const userId = userIdOf(formData);
  const disable = formData.get("disable") === "yes";
  try {
    await setUserDisabled(actor, userId, disable);
  } catch (error) {
    return refused(previous, error);
  }
  return redirect(`/admin/users/${userId}?done=${disable ? "disabled" : "enabled"}`);
});

export const endSessionsAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const userId = userIdOf(formData);
  try {
    await endUserSessions(actor, userId);
  } catch (error) {
    return refused(previous, error);
  }
  return redirect(`/admin/users/${userId}?done=signed-out`);
});
