"use client";

import { useActionState, useId, type ReactNode } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { ActionState } from "@/lib/dal/authorize";
import { UPDATE_LIMITS } from "@/lib/workflow/update-fields";
import { ErrorSummary } from "./error-summary";
import { fieldId, INPUT_CLASS } from "./form-fields";

type Target = { updateId: number; version: number; actionCode: string };
type Allowed = { approve: boolean; return: boolean; publish: boolean; schedule: boolean };
type ReviewState = ActionState & { attempt: number };
type ServerAction = (state: ReviewState, formData: FormData) => Promise<ReviewState>;

/** The review route's server actions, handed down by its page. */
export type ReviewActions = {
  approve: ServerAction;
  publish: ServerAction;
  return: ServerAction;
  schedule: ServerAction;
};

const PRIMARY =
  "min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70";
const SECONDARY =
  "min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-4 py-2 font-semibold text-[var(--color-brand)]";

/** Fields whose errors the summary links to; their names are `review.controls.fields.*`. */
const FIELDS = ["returnReason", "publishDate", "confirmPublish"] as const;

/** A field of one card's form: its id is unique on the page, and the error summary links to it. */
const cardField = (name: string, target: Target) => `${name}-${target.updateId}`;

/**
 * One step as its own form. A refusal is shown as every other form shows it: an error summary at
 * the top that takes focus and links to the field, and the message beside the button.
 */
function StepForm({
  action,
  target,
  label,
  children,
  primary = true,
}: {
  action: ServerAction;
  target: Target;
  label: string;
  children?: (ids: { error: string; invalid: boolean }) => ReactNode;
  primary?: boolean;
}) {
  // The server action itself, not a wrapper: React then renders a form that posts without
  // JavaScript too. Each refusal comes back with the next `attempt` (authorizedAction).
  const [state, formAction, pending] = useActionState(action, { status: "idle", attempt: 0 });
  const error = useId();
  const { t } = useUiText("review.controls");
  const failed = state.status === "error";
  const errors = Object.fromEntries(
    Object.entries(state.fieldErrors ?? {}).map(([key, messages]) => [cardField(key, target), messages]),
  );
  const describe = (key: string) => {
    const name = FIELDS.find((f) => f === key.replace(/-\d+$/, ""));
    return name ? { label: t(`fields.${name}`), target: key } : null;
  };
  return (
    <form action={formAction} className="space-y-2 rounded border border-slate-300 p-3">
      {failed && (
        <ErrorSummary
          message={Object.keys(errors).length > 0 ? undefined : state.message}
          errors={errors}
          describe={describe}
          attempt={state.attempt}
        />
      )}
      <input type="hidden" name="updateId" value={target.updateId} />
      <input type="hidden" name="version" value={target.version} />
      <input type="hidden" name="actionCode" value={target.actionCode} />
      {children?.({ error, invalid: failed })}
      <button type="submit" disabled={pending} className={primary ? PRIMARY : SECONDARY}>
        {label}
        <span className="sr-only"> {t("forUpdate", { code: target.actionCode })}</span>
      </button>
      <p id={error} aria-live="polite" className="text-sm font-semibold text-red-800 empty:hidden">
        {failed ? state.message : ""}
      </p>
    </form>
  );
}

export function ReviewControls({
  target,
  allowed,
  actions,
}: {
  target: Target;
  allowed: Allowed;
  actions: ReviewActions;
}) {
  const id = useId();
  const { t, lang } = useUiText("review.controls");
  if (!Object.values(allowed).some(Boolean)) {
    return (
      <p lang={lang("cannotAct")} className="text-sm">
        {t("cannotAct")}
      </p>
    );
  }
  return (
    <div className="grid items-start gap-3 md:grid-cols-2">
      {allowed.approve && <StepForm action={actions.approve} target={target} label={t("approve")} />}
      {allowed.publish && (
        <StepForm action={actions.publish} target={target} label={t("publishNow")}>
          {({ error, invalid }) => (
            <div className="flex items-start gap-3">
              <input
                id={fieldId(cardField("confirmPublish", target))}
                type="checkbox"
                name="confirmPublish"
                required
                aria-invalid={invalid || undefined}
                aria-describedby={error}
                className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
              />
              <label htmlFor={fieldId(cardField("confirmPublish", target))} lang={lang("confirmPublish")}>
                {t("confirmPublish")}
              </label>
            </div>
          )}
        </StepForm>
      )}
      {allowed.return && (
        <StepForm action={actions.return} target={target} label={t("return")} primary={false}>
          {({ error, invalid }) => (
            <>
              <label
                htmlFor={fieldId(cardField("returnReason", target))}
                lang={lang("returnReason")}
                className="block font-semibold"
              >
                {t("returnReason", { max: UPDATE_LIMITS.returnReason.toLocaleString("en-NZ") })}
              </label>
              <textarea
                id={fieldId(cardField("returnReason", target))}
                name="returnReason"
                rows={3}
                maxLength={UPDATE_LIMITS.returnReason}
                required
                aria-invalid={invalid || undefined}
                aria-describedby={error}
                className={INPUT_CLASS}
              />
            </>
          )}
        </StepForm>
      )}
      {allowed.schedule && (
        <StepForm action={actions.schedule} target={target} label={t("schedule")} primary={false}>
          {({ error, invalid }) => (
            <fieldset>
              <legend lang={lang("publishAt")} className="font-semibold">
                {t("publishAt")}
              </legend>
              <div className="mt-1 flex flex-wrap gap-3">
                <div>
                  <label
                    htmlFor={fieldId(cardField("publishDate", target))}
                    lang={lang("date")}
                    className="block text-sm"
                  >
                    {t("date")}
                  </label>
                  <input
                    id={fieldId(cardField("publishDate", target))}
                    type="date"
                    name="publishDate"
                    required
                    aria-invalid={invalid || undefined}
                    aria-describedby={error}
                    className={INPUT_CLASS}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-time`} lang={lang("time")} className="block text-sm">
                    {t("time")}
                  </label>
                  <input
                    id={`${id}-time`}
                    type="time"
                    name="publishTime"
                    required
                    defaultValue="09:00"
                    aria-describedby={error}
                    className={INPUT_CLASS}
                  />
                </div>
              </div>
            </fieldset>
          )}
        </StepForm>
      )}
    </div>
  );
}
