import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ProvenanceTag } from "@/components/provenance-tag";
import type { PublicIndicator } from "@/lib/dal/public-indicators";
import { formatDate } from "@/lib/format/dates";
import { nzToday } from "@/lib/status/overdue";
import { POPULATION_GROUP_LABELS, POPULATION_GROUPS, type PopulationGroup } from "@/lib/status/vocabulary";
import {
  describeTrend,
  formatIndicatorValue,
  targetVerdict,
  latestBreakdown,
  totalSeries,
  valueDomain,
} from "@/lib/timeline/indicator-series";
import { BreakdownTable } from "./breakdown-table";
import { IndicatorTrendChart } from "./indicator-trend-chart";

const linkClass = "inline-flex min-h-6 min-w-6 items-center";

/** One indicator: what it measures, its baseline and target, its trend (chart, then table) and breakdowns. */
export async function IndicatorSection({ indicator: ind }: { indicator: PublicIndicator }) {
  const t = await getTranslations("indicators");
  const id = `indicator-${ind.code}`;
  const fmt = (v: number) => formatIndicatorValue(v, ind.unit);
  const series = totalSeries(ind.readings);
  const trend = describeTrend(ind.readings, ind.direction, ind.target.value);
  // Once the target date has passed: met, met late or missed, never "not yet".
  const verdict = targetVerdict(ind.readings, ind.direction, ind.target, nzToday());
  const verdictText = verdict ? t(`verdict.${verdict}`) : null;
  const groups = latestBreakdown(ind.readings, "populationGroup", POPULATION_GROUPS);
  const regions = latestBreakdown(ind.readings, "region");
  const totalIn = (period: string) => ind.readings.find((r) => r.period === period)?.value ?? null;

  const chartLabel =
    trend.first && trend.latest
      ? t("chartLabel", {
          code: ind.code,
          title: ind.title,
          first: trend.first.period,
          latest: trend.latest.period,
          movement: t(`movement.${trend.movement ?? "single"}`, {
            from: fmt(trend.first.value),
            to: fmt(trend.latest.value),
          }),
          baseline: fmt(ind.baseline.value),
          target: fmt(ind.target.value),
          targetDate: formatDate(ind.target.date),
          direction: t(`directionShort.${ind.direction}`),
          met: verdictText ?? "",
        })
      : null;

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12 scroll-mt-4 border-t border-slate-300 pt-6">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        <span className="mr-2 font-semibold text-[var(--color-muted)]">{ind.code}</span>
        {ind.title}
        <ProvenanceTag provenance={ind.provenance} />
      </h2>
      {ind.titleMi && (
        <p lang="mi" className="mt-1 text-lg text-[var(--color-muted)]">
          {ind.titleMi}
        </p>
      )}
      <p className="mt-3 max-w-3xl">{ind.description}</p>

      <dl className="mt-4 grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("fields.baseline")}</dt>
        <dd>{t("valueAt", { value: fmt(ind.baseline.value), date: formatDate(ind.baseline.date) })}</dd>
        <dt className="font-semibold">{t("fields.target")}</dt>
        <dd>{t("targetBy", { value: fmt(ind.target.value), date: formatDate(ind.target.date) })}</dd>
        <dt className="font-semibold">{t("fields.direction")}</dt>
        <dd>{t(`direction.${ind.direction}`)}</dd>
        <dt className="font-semibold">{t("fields.latest")}</dt>
        <dd>
          {trend.latest
            ? `${t("latestIn", { value: fmt(trend.latest.value), period: trend.latest.period })}: ${verdictText}`
            : t("noReadings")}
        </dd>
        <dt className="font-semibold">{t("fields.unit")}</dt>
        <dd>{ind.unit}</dd>
        <dt className="font-semibold">{t("fields.dataSource")}</dt>
        <dd>{ind.sourceUrl ? <a href={ind.sourceUrl}>{ind.dataSource}</a> : ind.dataSource}</dd>
        <dt className="font-semibold">{t("fields.owner")}</dt>
        <dd>
          <Link href={`/agencies/${ind.ownerAgency.slug}`} className={linkClass}>
            {ind.ownerAgency.name}
          </Link>
        </dd>
        <dt className="font-semibold">{t("fields.actions")}</dt>
        <dd>
          {ind.actions.length === 0 ? (
            t("fields.none")
          ) : (
            <ul className="flex flex-wrap gap-x-3">
              {ind.actions.map((code) => (
                <li key={code}>
                  <Link href={`/actions/${code}`} className={linkClass} aria-label={t("actionLink", { code })}>
                    {code}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">{t("fields.recommendations")}</dt>
        <dd>
          {ind.recommendations.length === 0 ? (
            t("fields.none")
          ) : (
            <ul className="flex flex-wrap gap-x-3">
              {ind.recommendations.map((n) => (
                <li key={n}>
                  <Link
                    href={`/recommendations/${n}`}
                    className={linkClass}
                    aria-label={t("recommendationLink", { number: n })}
                  >
                    {n}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <h3 className="mt-6 text-xl font-bold">{t("readingsHeading")}</h3>
      {series.length === 0 ? (
        <p className="mt-2">{t("noReadings")}</p>
      ) : (
        <>
          {chartLabel && (
            <IndicatorTrendChart
              label={chartLabel}
              data={series}
              unit={ind.unit}
              domain={valueDomain(
                series.map((p) => p.value),
                ind.baseline.value,
                ind.target.value,
              )}
              target={ind.target.value}
              targetLabel={t("chartTarget", { value: fmt(ind.target.value) })}
              baseline={ind.baseline.value}
              baselineLabel={t("chartBaseline", { value: fmt(ind.baseline.value) })}
            />
          )}
          <BreakdownTable
            caption={t("readingsCaption", { code: ind.code })}
            keyHeading={t("period")}
            valueHeading={t("value", { unit: ind.unit })}
            noteHeading={ind.readings.some((r) => r.note) ? t("note") : undefined}
            rows={[
              {
                key: "baseline",
                label: t("fields.baseline"),
                detail: formatDate(ind.baseline.date),
                value: ind.baseline.value,
              },
              ...ind.readings.flatMap((r) =>
                r.value === null ? [] : [{ key: r.period, label: r.period, value: r.value, note: r.note }],
              ),
              {
                key: "target",
                label: t("fields.target"),
                detail: formatDate(ind.target.date),
                value: ind.target.value,
              },
            ]}
          />
        </>
      )}

      {groups && (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("groupsHeading", { period: groups.period })}</h3>
          <BreakdownTable
            caption={t("groupsCaption", { code: ind.code, period: groups.period })}
            keyHeading={t("group")}
            valueHeading={t("value", { unit: ind.unit })}
            rows={[
              ...groups.entries.map((e) => ({
                key: e.key,
                label: POPULATION_GROUP_LABELS[e.key as PopulationGroup] ?? e.key,
                value: e.value,
              })),
              ...withTotal(totalIn(groups.period), t("total")),
            ]}
          />
        </>
      )}

      {regions && (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("regionsHeading", { period: regions.period })}</h3>
          <BreakdownTable
            caption={t("regionsCaption", { code: ind.code, period: regions.period })}
            keyHeading={t("region")}
            valueHeading={t("value", { unit: ind.unit })}
            rows={[
              ...regions.entries.map((e) => ({ key: e.key, label: e.key, value: e.value })),
              ...withTotal(totalIn(regions.period), t("regionTotal")),
            ]}
          />
        </>
      )}
    </section>
  );
}

function withTotal(total: number | null, label: string) {
  return total === null ? [] : [{ key: "__total", label, value: total, total: true }];
}
