import { Link } from "@/i18n/navigation";
import { BreakdownTable } from "@/components/indicators/breakdown-table";
import { IndicatorTrendChart } from "@/components/indicators/indicator-trend-chart";
import { dashboardHref } from "@/lib/dashboard/filters";
import { indicatorStatuses, type IndicatorStatus } from "@/lib/dal/dashboard/indicators";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDate } from "@/lib/format/dates";
import { POPULATION_GROUPS } from "@/lib/status/vocabulary";
import { formatIndicatorValue, valueDomain } from "@/lib/timeline/indicator-series";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { WidgetFrame } from "./widget-frame";

function verdictKey(i: IndicatorStatus) {
  if (!i.verdict) return "noReading";
  return i.verdict.onTrack ? "onTrack" : "behind";
}

async function IndicatorDetail({ i }: { i: IndicatorStatus }) {
  const [{ t }, groups] = await Promise.all([uiText("dashboard.indicators"), uiText("staff.populationGroups")]);
  const fmt = (v: number) => formatIndicatorValue(v, i.unit);
  const value = t("value", { unit: i.unit });
  return (
    <details className="mt-3 rounded border border-slate-300 p-3">
      <summary className="min-h-6 cursor-pointer font-semibold">
        {t("detailSummary", { code: i.code, title: i.title })}
      </summary>
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
    </details>
  );
}

/** Each indicator's latest value against its baseline and target, and whether it keeps to the line between them. */
export async function IndicatorsWidget({ scope }: { scope: DashboardScope }) {
  const [indicators, { t, L }] = await Promise.all([indicatorStatuses(scope), uiText("dashboard.indicators")]);
  const filtered = scope.workstreamId !== null || scope.agencyId !== null;
  return (
    <WidgetFrame
      id="indicators"
      csvHref={dashboardHref("/dashboard/csv/indicators", scope.filters)}
      description={
        <p>
          {L("description")} {scope.period.closedAt ? L("readingsFrozen", { period: scope.period.label }) : ""}
          {filtered && <> {L("filtered")}</>}
        </p>
      }
    >
      {indicators.length === 0 ? (
        <p className="mt-4">{L("none")}</p>
      ) : (
        <>
          <ScrollRegion className="mt-3" label={t("region_table")}>
            <table className="data-table w-full min-w-[48rem]">
              <caption className="sr-only">{L("caption", { period: scope.period.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{L("indicator")}</th>
                  <th scope="col">{L("latest")}</th>
                  <th scope="col">{L("baseline")}</th>
                  <th scope="col">{L("target")}</th>
                  <th scope="col">{L("directionColumn")}</th>
                  <th scope="col">{L("expected")}</th>
                  <th scope="col">{L("against")}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => (
                  <tr key={i.code}>
                    <th scope="row">
                      <Link href={`/indicators#indicator-${i.code}`}>
                        {i.code} {i.title}
                      </Link>
                    </th>
                    <td>
                      {i.latest
                        ? t("latestValue", {
                            value: formatIndicatorValue(i.latest.value, i.unit),
                            period: i.latest.period,
                          })
                        : "—"}
                    </td>
                    <td>{formatIndicatorValue(i.baseline.value, i.unit)}</td>
                    <td>
                      {L("targetBy", {
                        value: formatIndicatorValue(i.target.value, i.unit),
                        date: formatDate(i.target.date),
                      })}
                    </td>
                    <td>{L(`direction.${i.direction}`)}</td>
                    <td>{i.verdict ? formatIndicatorValue(i.verdict.expected, i.unit) : "—"}</td>
                    <td className="font-semibold">{L(verdictKey(i))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {indicators.map((i) => (
            <IndicatorDetail key={i.code} i={i} />
          ))}
        </>
      )}
    </WidgetFrame>
  );
}
