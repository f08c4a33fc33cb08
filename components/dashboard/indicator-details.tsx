import { BreakdownTable } from "@/components/indicators/breakdown-table";
import { IndicatorTrendChart } from "@/components/indicators/indicator-trend-chart";
import { uiText } from "@/i18n/ui-text";
import type { IndicatorStatus } from "@/lib/dal/dashboard/indicators";
import { formatDate } from "@/lib/format/dates";
import { POPULATION_GROUPS } from "@/lib/status/vocabulary";
import { formatIndicatorValue, valueDomain } from "@/lib/timeline/indicator-series";

/** Indicators, each with its trend chart and the tables that carry every value: the widget's full list. */
export async function IndicatorDetails({ rows }: { rows: IndicatorStatus[] }) {
  return rows.map((i) => <IndicatorDetail key={i.code} i={i} />);
}

async function IndicatorDetail({ i }: { i: IndicatorStatus }) {
  const [{ t }, groups] = await Promise.all([uiText("dashboard.indicators"), uiText("staff.populationGroups")]);
  const fmt = (v: number) => formatIndicatorValue(v, i.unit);
  const value = t("value", { unit: i.unit });
  return (
    <section aria-labelledby={`indicator-${i.code}`} className="mt-8">
      <h2 id={`indicator-${i.code}`} className="text-xl font-semibold">
        {t("detailSummary", { code: i.code, title: i.title })}
      </h2>
      {i.series.length > 0 && (
        <IndicatorTrendChart
          label={t("chartLabel", {
            code: i.code,
            title: i.title,
            count: i.series.length,
            period: i.latest!.period,
            latest: fmt(i.latest!.value),
            baseline: fmt(i.baseline.value),
            target: fmt(i.target.value),
            targetDate: formatDate(i.target.date),
          })}
          data={i.series.map((p) => ({ period: p.period, value: p.value }))}
          unit={i.unit}
          domain={valueDomain(
            i.series.map((p) => p.value),
            i.baseline.value,
            i.target.value,
          )}
          target={i.target.value}
          targetLabel={t("targetLabel", { value: fmt(i.target.value) })}
          baseline={i.baseline.value}
          baselineLabel={t("baselineLabel", { value: fmt(i.baseline.value) })}
        />
      )}
      <BreakdownTable
        caption={t("totalsCaption", { code: i.code })}
        keyHeading={t("period")}
        valueHeading={value}
        rows={[
          { key: "baseline", label: t("baseline"), detail: formatDate(i.baseline.date), value: i.baseline.value },
          ...i.series.map((p) => ({ key: p.period, label: p.period, value: p.value })),
          { key: "target", label: t("target"), detail: formatDate(i.target.date), value: i.target.value },
        ]}
      />
      {i.populationGroups && (
        <BreakdownTable
          caption={t("groupsCaption", { code: i.code, period: i.populationGroups.period })}
          keyHeading={t("populationGroup")}
          valueHeading={value}
          rows={i.populationGroups.entries.map((e) => ({
            key: e.key,
            label: POPULATION_GROUPS.some((g) => g === e.key) ? groups.t(e.key) : e.key,
            value: e.value,
          }))}
        />
      )}
      {i.regions && (
        <BreakdownTable
          caption={t("regionsCaption", { code: i.code, period: i.regions.period })}
          keyHeading={t("region")}
          valueHeading={value}
          rows={i.regions.entries.map((e) => ({ key: e.key, label: e.key, value: e.value }))}
        />
      )}
    </section>
  );
}
