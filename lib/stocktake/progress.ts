import { isAnswered } from "./answers";
import type { QuestionKind } from "./vocabulary";

export type ProgressQuestion = { id: number; kind: QuestionKind; required: boolean };

/**
 * "N % complete": the share of the required questions answered, rounded down so 100 % means every
 * one is answered. With nothing required there is nothing left to do: 100 %.
 */
export function progressPercent(questions: readonly ProgressQuestion[], answers: ReadonlyMap<number, unknown>): number {
  const required = questions.filter((q) => q.required);
  if (required.length === 0) return 100;
  const answered = required.filter((q) => isAnswered(q.kind, answers.get(q.id))).length;
  return Math.floor((answered * 100) / required.length);
}

/** The required questions still unanswered, in the order given (the "check and submit" list). */
export function missingRequired<Q extends ProgressQuestion>(
  questions: readonly Q[],
  answers: ReadonlyMap<number, unknown>,
): Q[] {
  return questions.filter((q) => q.required && !isAnswered(q.kind, answers.get(q.id)));
}
