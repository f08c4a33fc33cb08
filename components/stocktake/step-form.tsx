"use client";

import { useFormStatus } from "react-dom";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/admin/buttons";
import { ErrorSummary } from "@/components/staff/error-summary";
import { useUiText } from "@/i18n/translated-keys";
import type { PlanChoices } from "@/lib/dal/stocktake/plan-choices";
import type { SurveyQuestion } from "@/lib/dal/stocktake/survey";
import { answerName, planLinkName } from "@/lib/stocktake/answer-input";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { QuestionField, type QuestionText } from "./question-field";

function Buttons({ first, last }: { first: boolean; last: boolean }) {
  const { pending } = useFormStatus();
  const { t } = useUiText("survey.form");
  return (
    <div className="mt-8 flex flex-wrap gap-3">
      <button
        type="submit"
        name="intent"
        value={last ? "submit" : "next"}
        disabled={pending}
        className={PRIMARY_BUTTON}
      >
        {last ? t("submit") : t("next")}
      </button>
      {!first && (
        <button type="submit" name="intent" value="back" disabled={pending} className={SECONDARY_BUTTON}>
          {t("back")}
        </button>
      )}
      <button type="submit" name="intent" value="leave" disabled={pending} className={SECONDARY_BUTTON}>
        {t("leave")}
      </button>
    </div>
  );
}

/**
 * One step of the survey as a plain form: every button saves what is on the page first, so the
 * form works without JavaScript and nothing typed is lost. The page works out the problems from
 * what was saved, so they show after a reload too.
 */
export function StepForm({
  action,
  slug,
  token,
  step,
  last,
  questions,
  texts,
  answers,
  errors,
  planChoices,
  locale,
  message,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  slug: string;
  token: string;
  step: number;
  last: boolean;
  questions: SurveyQuestion[];
  texts: Record<number, QuestionText>;
  answers: Record<number, unknown>;
  errors: FieldErrors;
  planChoices: PlanChoices;
  locale: "en" | "mi";
  /** A problem with the whole response (required questions on other steps), above the field errors. */
  message?: string;
  children?: React.ReactNode;
}) {
  const { t } = useUiText("survey.form");
  const describe = (key: string) => {
    if (key === "reviewAnswer") return { label: t("reviewAnswer"), target: "reviewAnswer" };
    const q = questions.find((x) => answerName(x.id) === key);
    if (!q) return null;
    return { label: texts[q.id]!.label, target: q.kind === "plan_link" ? planLinkName(q.id, "recommendations") : key };
  };
  return (
    <form action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={message} errors={errors} describe={describe} attempt={0} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="step" value={String(step)} />
      <div className="space-y-6">
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            text={texts[q.id]!}
            value={answers[q.id]}
            errors={errors}
            planChoices={planChoices}
            locale={locale}
          />
        ))}
      </div>
      {children}
      <Buttons first={step === 0} last={last} />
    </form>
  );
}
