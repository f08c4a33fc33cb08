import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import type { PublicPlanChange } from "@/lib/dal/public-plan-changes";
import { ChangeFields } from "./change-fields";

/** Approved changes, each with what it changed (before and after) and its reason. */
export async function PlanChangeList({
  changes,
  headingLevel = 3,
}: {
  /** With `version` when the list spans versions (an action's page). */
  changes: (PublicPlanChange & { version?: string })[];
  headingLevel?: 3 | 4;
}) {
  const { t } = await uiText("plan.changes");
  const labels = {
    field: t("field"),
    before: t("before"),
    after: t("after"),
    empty: t("empty"),
    yes: t("yes"),
    no: t("no"),
  };
  const fieldLabels = Object.fromEntries(
    [
      "title",
      "titleMi",
      "description",
      "focusArea",
      "workstream",
      "recommendations",
      "leadAgency",
      "contributors",
      "foundational",
      "baselineStart",
      "baselineDue",
      "weight",
      "supersededBy",
    ].map((f) => [f, t(`fields.${f}`)]),
  );
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="mt-3 space-y-5">
      {changes.map((c, i) => (
        <li key={`${c.entity}-${c.key}-${i}`} className="border-l-4 border-slate-300 pl-4">
          <Heading className="font-bold">
            {c.version && `${t("version", { version: c.version })} · `}
            {t(`kinds.${c.kind}`)}:{" "}
            {c.action && c.entity === "action" ? (
              <Link href={`/actions/${c.key}`} className="inline-block min-h-6">
                {t(`entities.${c.entity}`, { key: c.key })}
              </Link>
            ) : (
              t(`entities.${c.entity}`, { key: c.key })
            )}
          </Heading>
          <p className="mt-1">{c.summary}</p>
          <ChangeFields fields={c.fields} showBefore={c.kind !== "add"} labels={labels} fieldLabels={fieldLabels} />
          <p className="mt-2">
            <span className="font-semibold">{t("reason")}:</span> {c.reason}
          </p>
        </li>
      ))}
    </ul>
  );
}
