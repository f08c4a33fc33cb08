import { uiText } from "@/i18n/ui-text";
import type { PlanChoices } from "@/lib/dal/stocktake/plan-choices";
import type { SurveyQuestion } from "@/lib/dal/stocktake/survey";
import { isAnswered, type PlanLinkAnswer, type PopulationAnswer } from "@/lib/stocktake/answers";

/** A stored answer in words, for the review page. */
export async function AnswerText({
  question: q,
  value,
  planChoices,
}: {
  question: SurveyQuestion;
  value: unknown;
  planChoices: PlanChoices;
}) {
  const [vocab, groups, { t }] = await Promise.all([
    uiText("stocktake.vocabulary"),
    uiText("staff.populationGroups"),
    uiText("admin.stocktake.review"),
  ]);
  if (!isAnswered(q.kind, value)) {
    return (
      <span className="text-[var(--color-muted)]">{typeof value === "string" && value ? value : t("noAnswer")}</span>
    );
  }
  const list = (items: string[]) => items.join("; ");
  switch (q.kind) {
    case "region":
      return <>{list((value as string[]).map((v) => vocab.t(`regions.${v}`)))}</>;
    case "support_kind":
      return <>{list((value as string[]).map((v) => vocab.t(`supports.${v}`)))}</>;
    case "choice":
      return <>{q.options.find((o) => o.value === value)?.label ?? String(value)}</>;
    case "choices":
      return <>{list((value as string[]).map((v) => q.options.find((o) => o.value === v)?.label ?? v))}</>;
    case "population_group":
      return (
        <>
          {list(
            (value as PopulationAnswer[]).map(
              (p) => `${groups.t(p.group)} (${vocab.t(`reach.${p.designed ? "designed" : "reaches"}`)})`,
            ),
          )}
        </>
      );
    case "plan_link": {
      const links = value as PlanLinkAnswer;
      const title = (list: PlanChoices["recommendations"], code: string) =>
        list.find((c) => c.code === code)?.title ?? "";
      return (
        <>
          {list([
            ...links.recommendations.map(
              (c) => `${t("recommendation")} ${c}: ${title(planChoices.recommendations, c)}`,
            ),
            ...links.workstreams.map((c) => `${t("workstream")} ${c}: ${title(planChoices.workstreams, c)}`),
          ])}
        </>
      );
    }
    default:
      return <span className="whitespace-pre-line">{String(value)}</span>;
  }
}
