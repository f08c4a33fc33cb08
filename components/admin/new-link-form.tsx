"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, LinkFormState } from "@/lib/forms/form-states";
import { SECONDARY_BUTTON } from "./buttons";
import { LinkPanel } from "./link-panel";

/** Issues a new one-time link for the account (the old one stops working) and shows it once. */
export function NewLinkForm({
  linkAction,
  userId,
  hint,
}: {
  linkAction: FormAction<LinkFormState>;
  userId: number;
  hint: string;
}) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(linkAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.users");
  return (
    <>
      {(state.link || state.mailed) && state.email && state.expiresAt && (
        <LinkPanel email={state.email} link={state.link} expiresAt={state.expiresAt} />
      )}
      <form action={action} className="mt-4 max-w-2xl">
        <input type="hidden" name="userId" value={String(userId)} />
        <p id="new-link-hint" className="mb-2">
          {hint}
        </p>
        <button type="submit" disabled={pending} aria-describedby="new-link-hint" className={SECONDARY_BUTTON}>
          {t("newLink.button")}
        </button>
        <p role="alert" className="mt-2 font-semibold text-red-800 empty:hidden">
          {state.status === "error" ? state.message : ""}
        </p>
      </form>
    </>
  );
}
