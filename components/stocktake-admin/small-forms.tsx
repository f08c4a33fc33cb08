"use client";

import { useActionState } from "react";
import { DANGER_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/admin/buttons";
import { TextField, WideSelectField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { TextAreaField } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import type { ReviewDecision } from "@/lib/stocktake/review";

const IDLE: SimpleFormState = { status: "idle", attempt: 0 };

function useSmallForm(serverAction: FormAction<SimpleFormState>) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(serverAction, IDLE);
  return { state, action, pending, errors: state.fieldErrors ?? {}, values: state.values ?? {} };
}

/** "Add a section" at the end of a round. */
export function AddSectionForm({
  action: serverAction,
  round,
}: {
  action: FormAction<SimpleFormState>;
  round: string;
}) {
  const { state, action, pending, errors, values } = useSmallForm(serverAction);
  const { t } = useUiText("admin.stocktake.sections");
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-xl">
      <ErrorSummary
        message={state.message}
        errors={errors}
        describe={(key) => (key === "title" ? { label: t("title"), target: "title" } : null)}
        attempt={state.attempt}
      />
      <input type="hidden" name="round" value={round} />
      <TextField
        name="title"
        label={t("title")}
        errors={errors.title}
        defaultValue={values.title ?? ""}
        width="w-full"
      />
      <button type="submit" disabled={pending} className={`${SECONDARY_BUTTON} mt-4`}>
        {t("add")}
      </button>
    </form>
  );
}

/** "Delete this question", before the round's first response. */
export function DeleteQuestionForm({
  action: serverAction,
  round,
  question,
}: {
  action: FormAction<SimpleFormState>;
  round: string;
  question: number;
}) {
  const { state, action, pending, errors } = useSmallForm(serverAction);
  const { t } = useUiText("admin.stocktake.question");
  return (
    <form key={state.attempt} action={action} className="mt-10 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={() => null} attempt={state.attempt} />
      <input type="hidden" name="round" value={round} />
      <input type="hidden" name="question" value={String(question)} />
      <button type="submit" disabled={pending} className={DANGER_BUTTON}>
        {t("delete")}
      </button>
    </form>
  );
}

/** One review decision on a response: accept, return with a question, or mark a duplicate of another. */
export function ReviewForm({
  action: serverAction,
  round,
  response,
  decision,
  candidates,
}: {
  action: FormAction<SimpleFormState>;
  round: string;
  response: number;
  decision: ReviewDecision;
  /** For "duplicate": the responses it may duplicate, as [id, label]. */
  candidates?: (readonly [string, string])[];
}) {
  const { state, action, pending, errors, values } = useSmallForm(serverAction);
  const { t } = useUiText("admin.stocktake.review");
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary
        message={state.message}
        errors={errors}
        describe={(key) =>
          key === "question" || key === "duplicateOf" ? { label: t(`fields.${key}`), target: key } : null
        }
        attempt={state.attempt}
      />
      <input type="hidden" name="round" value={round} />
      <input type="hidden" name="response" value={String(response)} />
      <input type="hidden" name="decision" value={decision} />
      {decision === "return" && (
        <TextAreaField
          name="question"
          label={t("fields.question")}
          hint={t("hints.question")}
          errors={errors.question}
          defaultValue={values.question ?? ""}
          maxLength={2000}
        />
      )}
      {decision === "duplicate" && (
        <WideSelectField
          name="duplicateOf"
          label={t("fields.duplicateOf")}
          errors={errors.duplicateOf}
          defaultValue={values.duplicateOf ?? ""}
          options={[["", t("chooseResponse")], ...(candidates ?? [])]}
        />
      )}
      <button
        type="submit"
        disabled={pending}
        className={`${decision === "accept" ? PRIMARY_BUTTON : SECONDARY_BUTTON} ${decision === "accept" ? "" : "mt-3"}`}
      >
        {t(`decisions.${decision}`)}
      </button>
    </form>
  );
}
