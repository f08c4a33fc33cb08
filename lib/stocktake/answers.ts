import type { NzRegion, PopulationGroup, QuestionKind, SupportKind } from "./vocabulary";

/** A population group an initiative serves: designed for it, or reaching many of its people. */
export type PopulationAnswer = { group: PopulationGroup; designed: boolean };
export type PlanLinkAnswer = { recommendations: string[]; workstreams: string[] };

/** The stored answer of each kind of question (stocktake_answers.value). */
export type AnswerByKind = {
  text: string;
  long_text: string;
  choice: string;
  choices: string[];
  region: NzRegion[];
  population_group: PopulationAnswer[];
  support_kind: SupportKind[];
  date: string;
  number: number;
  plan_link: PlanLinkAnswer;
};
export type AnswerValue = AnswerByKind[QuestionKind];

/** Whether a stored answer says anything: an empty text, list or link set is no answer. */
export function isAnswered(kind: QuestionKind, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (kind) {
    case "text":
    case "long_text":
    case "choice":
    case "date":
      return typeof value === "string" && value.trim() !== "";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "choices":
    case "region":
    case "population_group":
    case "support_kind":
      return Array.isArray(value) && value.length > 0;
    case "plan_link": {
      const v = value as Partial<PlanLinkAnswer>;
      return (v.recommendations?.length ?? 0) + (v.workstreams?.length ?? 0) > 0;
    }
  }
}
