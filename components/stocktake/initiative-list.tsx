import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";
import type { PublicInitiative, StocktakeCoverage } from "@/lib/dal/stocktake/coverage";
import { formatDate } from "@/lib/format/dates";
import { coverageLabels } from "./coverage-views";

function Row({ label, value }: { label: ReactNode; value: ReactNode }) {
  if (!value) return null;
  return (
    <div className="sm:flex sm:gap-2">
      <dt className="font-semibold sm:w-44 sm:shrink-0">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The accepted initiatives, each with what it offers, to whom and where: no contact details. */
export async function InitiativeList({
  initiatives,
  coverage,
}: {
  initiatives: readonly PublicInitiative[];
  coverage: StocktakeCoverage;
}) {
  const [{ t, L }, labels] = await Promise.all([uiText("coverage.list"), coverageLabels()]);
  const recommendation = (code: string) => {
    const r = coverage.recommendations.find((x) => x.code === code);
    return r ? labels.coverage("recommendationLabel", { number: r.number, title: r.title }) : code;
  };
  const dates = (i: PublicInitiative) => {
    const from = i.startDate ? formatDate(i.startDate) : null;
    const to = i.endDate ? formatDate(i.endDate) : null;
    if (from && to) return t("between", { from, to });
    if (from) return t("from", { date: from });
    if (to) return t("until", { date: to });
    return null;
  };
  return (
    <ul className="mt-4 space-y-6">
      {initiatives.map((i) => (
        <li key={i.id} className="border-b border-slate-300 pb-6">
          <article aria-labelledby={`initiative-${i.id}`}>
            <h3 id={`initiative-${i.id}`} className="text-xl font-bold">
              {i.name || t("notGiven")}
            </h3>
            <p className="text-[var(--color-muted)]">{t("by", { organisation: i.organisation || t("notGiven") })}</p>
            {i.description && <p className="mt-2 max-w-3xl whitespace-pre-line">{i.description}</p>}
            <dl className="mt-3 space-y-1">
              <Row label={L("scale")} value={i.scale ? labels.scale(i.scale) : null} />
              <Row
                label={L("regions")}
                value={
                  i.scale === "national" ? t("allRegions") : i.regions.map((r) => labels.region(r)).join(", ") || null
                }
              />
              <Row
                label={L("populations")}
                value={
                  i.populations
                    .map((p) =>
                      t("populationWay", {
                        group: labels.population(p.group),
                        way: labels.coverage(`waysShort.${p.designed ? "designed" : "reaches"}`),
                      }),
                    )
                    .join("; ") || null
                }
              />
              <Row label={L("supports")} value={i.supports.map((s) => labels.support(s)).join(", ") || null} />
              <Row label={L("recommendations")} value={i.recommendationCodes.map(recommendation).join("; ") || null} />
              <Row label={L("workstreams")} value={i.workstreamCodes.join(", ") || null} />
              <Row label={L("funding")} value={i.funding} />
              <Row label={L("dates")} value={dates(i)} />
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
