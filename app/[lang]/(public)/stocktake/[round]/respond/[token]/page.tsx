import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { ProgressBar } from "@/components/stocktake/progress-bar";
import { ResumeLinkBox } from "@/components/stocktake/resume-link-box";
import { StepForm } from "@/components/stocktake/step-form";
import type { QuestionText } from "@/components/stocktake/question-field";
import { linkPageMetadata, pageLocale } from "@/components/subscriptions/link-page";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { countRequestFrom } from "@/lib/dal/rate-limit";
import { codesOf } from "@/lib/dal/stocktake/plan-choices";
import { openResponse, resumePath } from "@/lib/dal/stocktake/respond";
import { siteLink } from "@/lib/dal/subscriptions";
import { formatDateTime } from "@/lib/format/dates";
import { STOCKTAKE_LINK_RATE } from "@/lib/security/rate-limits";
import { answerErrors } from "@/lib/stocktake/answer-input";
import { missingRequired } from "@/lib/stocktake/progress";
import { saveStepAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ round: string; token: string }>;
  searchParams: Promise<{ step?: string; check?: string; started?: string; done?: string }>;
};

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("survey.respond");
}

/**
 * A response, opened by its private link: the current step of the survey, "check and submit",
 * or where the response stands once sent. A wrong or expired link is a plain "not found".
 */
export default async function RespondPage({ params, searchParams }: Props) {
  const [{ round: slug, token }, query] = await Promise.all([params, searchParams]);
  const [{ L, t }, locale] = await Promise.all([uiText("survey.respond"), pageLocale()]);
  const rate = await countRequestFrom(STOCKTAKE_LINK_RATE, await headers());
  if (!rate.allowed) {
    return (
      <PageIntro title={L("tooManyTitle")}>
        <p>{L("tooMany", { minutes: Math.ceil(rate.retryAfterSeconds / 60) })}</p>
      </PageIntro>
    );
  }
  const view = await openResponse(slug, token);
  if (!view) notFound();
  const mi = locale === "mi";
  const roundTitle = mi && view.round.titleMi ? view.round.titleMi : view.round.title;
  const link = siteLink(locale, resumePath(slug, token));
  const total = view.sections.length;
  const linkBox = <ResumeLinkBox link={link} started={query.started} closesAt={view.round.closesAt} />;

  if (!view.editable || query.done === "submitted") {
    const status = query.done === "submitted" ? "submitted" : view.status;
    return (
      <>
        <PageIntro title={roundTitle}>
          <p role="status">{L(`status.${status}`, { closes: formatDateTime(view.round.closesAt.toISOString()) })}</p>
        </PageIntro>
        {view.reviewQuestion && (
          <section className="mt-6 max-w-3xl">
            <h2 className="text-xl font-bold">{L("reviewQuestion")}</h2>
            <p className="mt-2 whitespace-pre-line">{view.reviewQuestion}</p>
            {view.reviewAnswer && (
              <>
                <h3 className="mt-4 font-bold">{L("yourAnswer")}</h3>
                <p className="mt-1 whitespace-pre-line">{view.reviewAnswer}</p>
              </>
            )}
          </section>
        )}
      </>
    );
  }

  if (query.done === "left") {
    return (
      <>
        <PageIntro title={L("leftTitle")}>
          <p role="status">{L("left")}</p>
        </PageIntro>
        {linkBox}
        <p className="mt-6">
          <Link href={`${resumePath(slug, token)}?step=${view.currentStep}`} className="inline-block min-h-6">
            {L("continue")}
          </Link>
        </p>
      </>
    );
  }

  const requested = Number.parseInt(query.step ?? "", 10);
  const step = Number.isSafeInteger(requested) ? Math.min(Math.max(requested, 0), total) : view.currentStep;
  const section = view.sections[step];
  const check = query.check === "1";
  const codes = codesOf(view.planChoices);
  const answers = Object.fromEntries(view.answers);
  const allQuestions = view.sections.flatMap((s) => s.questions);
  const texts: Record<number, QuestionText> = Object.fromEntries(
    allQuestions.map((q) => [
      q.id,
      mi && q.labelMi
        ? { label: q.labelMi, help: q.helpMi ?? q.help, lang: "mi" as const }
        : { label: q.label, help: q.help },
    ]),
  );
  const heading = section ? (mi && section.titleMi ? section.titleMi : section.title) : t("checkTitle");
  const errors = section
    ? check
      ? answerErrors(section.questions, view.answers, codes, true)
      : {}
    : check && view.status === "returned" && !view.reviewAnswer
      ? { reviewAnswer: [t("reviewAnswerMissing")] }
      : {};
  const missing = missingRequired(allQuestions, view.answers);

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">{roundTitle}</p>
      <h1 className="mt-1 text-3xl font-bold">
        <span className="block text-lg font-normal">{L("stepOf", { step: step + 1, total: total + 1 })}</span>
        {heading}
      </h1>
      <ProgressBar percent={view.percent} label={t("percent", { percent: view.percent })} />
      {view.status === "returned" && (
        <section
          aria-labelledby="review-heading"
          className="mt-6 max-w-3xl border-l-4 border-amber-600 bg-amber-50 px-4 py-3"
        >
          <h2 id="review-heading" className="text-xl font-bold">
            {L("returnedHeading")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{view.reviewQuestion}</p>
        </section>
      )}
      {section?.introduction && (
        <p className="mt-4 max-w-3xl" lang={mi && section.introductionMi ? "mi" : undefined}>
          {mi && section.introductionMi ? section.introductionMi : section.introduction}
        </p>
      )}
      <ClientMessages
        paths={[
          "survey.form",
          "stocktake.vocabulary",
          "staff.populationGroups",
          "staff.errorSummary",
          "staff.longText",
        ]}
      >
        <StepForm
          action={saveStepAction}
          slug={slug}
          token={token}
          step={step}
          last={!section}
          questions={section?.questions ?? []}
          texts={texts}
          answers={answers}
          errors={errors}
          planChoices={view.planChoices}
          locale={locale}
          message={!section && check && missing.length > 0 ? t("missingMessage") : undefined}
        >
          {!section && (
            <CheckStep
              sections={view.sections.map((s, i) => ({
                index: i,
                title: mi && s.titleMi ? s.titleMi : s.title,
                missing: missing.filter((q) => q.sectionId === s.id).map((q) => texts[q.id]!.label),
              }))}
              href={(i) => `${resumePath(slug, token)}?step=${i}`}
              returned={view.status === "returned"}
              reviewAnswer={view.reviewAnswer ?? ""}
              reviewErrors={errors.reviewAnswer}
            />
          )}
        </StepForm>
      </ClientMessages>
      {linkBox}
    </>
  );
}

async function CheckStep({
  sections,
  href,
  returned,
  reviewAnswer,
  reviewErrors,
}: {
  sections: { index: number; title: string; missing: string[] }[];
  href: (index: number) => string;
  returned: boolean;
  reviewAnswer: string;
  reviewErrors?: string[];
}) {
  const { L } = await uiText("survey.respond");
  return (
    <>
      <ol className="mt-2 space-y-3">
        {sections.map((s) => (
          <li key={s.index}>
            <Link href={href(s.index)} className="inline-block min-h-6 font-semibold">
              {s.title}
            </Link>
            <p className="text-sm">
              {s.missing.length === 0 ? L("sectionComplete") : L("sectionMissing", { questions: s.missing.join("; ") })}
            </p>
          </li>
        ))}
      </ol>
      {returned && <ReviewAnswerField value={reviewAnswer} errors={reviewErrors} />}
      <p className="mt-6">{L("submitNote")}</p>
    </>
  );
}

async function ReviewAnswerField({ value, errors }: { value: string; errors?: string[] }) {
  const { L } = await uiText("survey.form");
  const invalid = (errors?.length ?? 0) > 0;
  return (
    <div className="mt-6">
      <label htmlFor="field-reviewAnswer" className="block font-semibold">
        {L("reviewAnswer")}
      </label>
      <textarea
        id="field-reviewAnswer"
        name="reviewAnswer"
        rows={4}
        defaultValue={value}
        aria-invalid={invalid || undefined}
        aria-describedby="field-reviewAnswer-error"
        className="mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
      />
      <p
        id="field-reviewAnswer-error"
        aria-live="polite"
        className="mt-1 text-sm font-semibold text-red-800 empty:hidden"
      >
        {errors?.join(" ")}
      </p>
    </div>
  );
}
