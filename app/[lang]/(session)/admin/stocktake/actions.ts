"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { reviewResponse } from "@/lib/dal/stocktake/review";
import { addSection, createRound, deleteQuestion, saveQuestion, updateRound } from "@/lib/dal/stocktake/rounds-admin";
import { isWorkflowError } from "@/lib/dal/updates";
import type { SimpleFormState } from "@/lib/forms/form-states";
import { postedQuestionValues } from "@/lib/stocktake/question-input";
import { REVIEW_DECISIONS } from "@/lib/stocktake/review";
import { postedRoundValues } from "@/lib/stocktake/round-input";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");
const positiveInt = (v: FormDataEntryValue | null) => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

/** A refusal from the data access layer as form state, with what was typed kept. */
function refused(error: unknown, values: Record<string, string>, previous: SimpleFormState): SimpleFormState {
  if (!isWorkflowError(error)) throw error;
  return {
    status: "error",
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values,
    attempt: previous.attempt + 1,
  };
}

/** "Open the round" and "Save the round": the layer checks the caller and every answer. */
export const saveRoundAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const existing = text(formData.get("round"));
  let target: string;
  try {
    if (existing === "") {
      const copyFrom = text(formData.get("copyFrom"));
      const { slug } = await createRound(actor, formData, copyFrom === "" ? null : copyFrom);
      target = `/admin/stocktake/${slug}?done=created`;
    } else {
      await updateRound(actor, existing, formData);
      target = `/admin/stocktake/${existing}?done=updated`;
    }
  } catch (error) {
    return refused(error, { ...postedRoundValues(formData), copyFrom: text(formData.get("copyFrom")) }, previous);
  }
  return redirect(target);
});

export const addSectionAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const round = text(formData.get("round"));
  try {
    await addSection(actor, round, formData);
  } catch (error) {
    return refused(error, { title: text(formData.get("title")) }, previous);
  }
  return redirect(`/admin/stocktake/${round}?done=sectionAdded`);
});

export const saveQuestionAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const round = text(formData.get("round"));
  const questionId = positiveInt(formData.get("question"));
  try {
    await saveQuestion(actor, round, positiveInt(formData.get("section")), questionId || null, formData);
  } catch (error) {
    return refused(error, postedQuestionValues(formData), previous);
  }
  return redirect(`/admin/stocktake/${round}?done=${questionId ? "questionSaved" : "questionAdded"}`);
});

export const deleteQuestionAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const round = text(formData.get("round"));
  try {
    await deleteQuestion(actor, round, positiveInt(formData.get("question")));
  } catch (error) {
    return refused(error, {}, previous);
  }
  return redirect(`/admin/stocktake/${round}?done=questionDeleted`);
});

/** Accept, return with a question, or mark a duplicate: which one is in the form, never inferred. */
export const reviewAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const round = text(formData.get("round"));
  const response = positiveInt(formData.get("response"));
  const decision = REVIEW_DECISIONS.find((d) => d === formData.get("decision"));
  const values = { question: text(formData.get("question")), duplicateOf: text(formData.get("duplicateOf")) };
  try {
    if (!decision) throw new Error("reviewAction: no decision in the form");
    await reviewResponse(actor, round, response, decision, {
      question: values.question,
      duplicateOf: positiveInt(formData.get("duplicateOf")) || undefined,
    });
  } catch (error) {
    return refused(error, values, previous);
  }
  return redirect(`/admin/stocktake/${round}/responses/${response}?done=${decision}`);
});
