import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuestionForm } from "@/components/stocktake-admin/question-form";
import { DeleteQuestionForm } from "@/components/stocktake-admin/small-forms";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { FROZEN_MESSAGE, getQuestionForEdit, getRoundForEdit } from "@/lib/dal/stocktake/rounds-admin";
import { EMPTY_QUESTION_VALUES, questionFormValues } from "@/lib/stocktake/question-input";
import { deleteQuestionAction, saveQuestionAction } from "../../../actions";

type Props = { params: Promise<{ round: string; question: string }>; searchParams: Promise<{ section?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.stocktake.question");
  return { title: (await params).question === "new" ? t("addTitle") : t("editTitle") };
}

/** One question's form ("new" adds one to the section named in the query). */
export default async function StocktakeQuestionPage({ params, searchParams }: Props) {
  const [{ round: slug, question }, { section }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const { t, L } = await uiText("admin.stocktake.question");
  let form: {
    sectionId: number;
    questionId?: number;
    values: typeof EMPTY_QUESTION_VALUES;
    frozen: boolean;
    title: string;
  };
  if (question === "new") {
    const { sections, frozen, round } = await orRefuse(getRoundForEdit(actor, slug));
    const target = sections.find((s) => String(s.id) === section);
    if (!target) notFound();
    form = { sectionId: target.id, values: EMPTY_QUESTION_VALUES, frozen, title: round.title };
  } else {
    const id = Number(question);
    if (!Number.isSafeInteger(id) || id <= 0) notFound();
    const found = await orRefuse(getQuestionForEdit(actor, slug, id));
    form = {
      sectionId: found.question.sectionId,
      questionId: id,
      values: questionFormValues(found.question),
      frozen: found.frozen,
      title: found.round.title,
    };
  }
  return (
    <>
      <p className="mb-4">
        <Link href={`/admin/stocktake/${slug}`} className="inline-block min-h-6">
          {form.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t(form.questionId ? "editTitle" : "addTitle")}</h1>
      {form.frozen && <p className="mt-4 border-l-4 border-amber-600 bg-amber-50 px-4 py-3">{FROZEN_MESSAGE}</p>}
      <ClientMessages
        paths={["staff.errorSummary", "staff.longText", "admin.stocktake.question", "stocktake.vocabulary"]}
      >
        <QuestionForm
          saveAction={saveQuestionAction}
          round={slug}
          sectionId={form.sectionId}
          questionId={form.questionId}
          initialValues={form.values}
        />
        {form.questionId && !form.frozen && (
          <DeleteQuestionForm action={deleteQuestionAction} round={slug} question={form.questionId} />
        )}
      </ClientMessages>
      <p className="mt-6 text-sm">{L("kindsNote")}</p>
    </>
  );
}
