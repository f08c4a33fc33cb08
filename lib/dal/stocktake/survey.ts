import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Queryable } from "../updates/tx";

export type SurveyQuestion = Pick<
  t.StocktakeQuestion,
  | "id"
  | "sectionId"
  | "position"
  | "kind"
  | "label"
  | "labelMi"
  | "help"
  | "helpMi"
  | "required"
  | "options"
  | "limits"
  | "field"
>;
export type SurveySection = Pick<
  t.StocktakeSection,
  "id" | "position" | "title" | "titleMi" | "introduction" | "introductionMi"
> & {
  questions: SurveyQuestion[];
};

/** A round's sections in order, each with its questions in order: the steps of the survey. */
export async function loadSections(db: Queryable, roundId: number): Promise<SurveySection[]> {
  const [sections, questions] = await Promise.all([
    db
      .select({
        id: t.stocktakeSections.id,
        position: t.stocktakeSections.position,
        title: t.stocktakeSections.title,
        titleMi: t.stocktakeSections.titleMi,
        introduction: t.stocktakeSections.introduction,
        introductionMi: t.stocktakeSections.introductionMi,
      })
      .from(t.stocktakeSections)
      .where(eq(t.stocktakeSections.roundId, roundId))
      .orderBy(asc(t.stocktakeSections.position)),
    db
      .select({
        id: t.stocktakeQuestions.id,
        sectionId: t.stocktakeQuestions.sectionId,
        position: t.stocktakeQuestions.position,
        kind: t.stocktakeQuestions.kind,
        label: t.stocktakeQuestions.label,
        labelMi: t.stocktakeQuestions.labelMi,
        help: t.stocktakeQuestions.help,
        helpMi: t.stocktakeQuestions.helpMi,
        required: t.stocktakeQuestions.required,
        options: t.stocktakeQuestions.options,
        limits: t.stocktakeQuestions.limits,
        field: t.stocktakeQuestions.field,
      })
      .from(t.stocktakeQuestions)
      .where(eq(t.stocktakeQuestions.roundId, roundId))
      .orderBy(asc(t.stocktakeQuestions.position)),
  ]);
  return sections.map((s) => ({ ...s, questions: questions.filter((q) => q.sectionId === s.id) }));
}

/** Whether a round's questions are frozen: answers exist to them as asked. */
export async function roundHasResponses(db: Queryable, roundId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: t.stocktakeResponses.id })
    .from(t.stocktakeResponses)
    .where(eq(t.stocktakeResponses.roundId, roundId))
    .limit(1);
  return row !== undefined;
}
