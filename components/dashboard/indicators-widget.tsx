import Link from "next/link";
import { BreakdownTable } from "@/components/indicators/breakdown-table";
import { IndicatorTrendChart } from "@/components/indicators/indicator-trend-chart";
import { dashboardHref } from "@/lib/dashboard/filters";
import { indicatorStatuses, type IndicatorStatus } from "@/lib/dal/dashboard/indicators";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDate } from "@/lib/format/dates";
import { POPULATION_GROUP_LABELS, type PopulationGroup } from "@/lib/status/vocabulary";
import { formatIndicatorValue, valueDomain } from "@/lib/timeline/indicator-series";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { WidgetFrame } from "./widget-frame";

const DIRECTION: Record<IndicatorStatus["direction"], string> = {
  increase: "Should rise",
  decrease: "Should fall",
  maintain: "Should hold",
};

function verdictWords(i: IndicatorStatus): string {
  if (!i.verdict) return "No reading yet";
  return i.verdict.onTrack ? "On track" : "Behind trajectory";
}

function IndicatorDetail({ i }: { i: IndicatorStatus }) {
  const fmt = (v: number) => formatIndicatorValue(v, i.unit);
  return (
    <details className="mt-3 rounded border border-slate-300 p-3">
      <summary className="min-h-6 cursor-pointer font-semibold">
        {i.code} {i.title}: trend and breakdowns
      </summary>
      {i.series.length > 0 && (
        <IndicatorTrendChart
          label={`Line chart: ${i.code} ${i.title}, ${i.series.length} readings to ${i.latest!.period}, latest ${fmt(i.latest!.value)}; baseline ${fmt(i.baseline.value)}, target ${fmt(i.target.value)} by ${formatDate(i.target.date)}. The table gives every value.`}
          data={i.series.map((p) => ({ period: p.period, value: p.value }))}
          unit={i.unit}
          domain={valueDomain(
            i.series.map((p) => p.value),
            i.baseline.value,
            i.target.value,
          )}
          target={i.target.value}
          targetLabel={`Target ${fmt(i.target.value)}`}
          baseline={i.baseline.value}
          baselineLabel={`Baseline ${fmt(i.baseline.value)}`}
        />
      )}
      <BreakdownTable
        caption={`${i.code} readings (totals)`}
        keyHeading="Period"
        valueHeading={`Value (${i.unit})`}
        rows={[
          { key: "baseline", label: "Baseline", detail: formatDate(i.baseline.date), value: i.baseline.value },
          ...i.series.map((p) => ({ key: p.period, label: p.period, value: p.value })),
          { key: "target", label: "Target", detail: formatDate(i.target.date), value: i.target.value },
        ]}
      />
      {i.populationGroups && (
        <BreakdownTable
          caption={`${i.code} by population group, ${i.populationGroups.period}`}
          keyHeading="Population group"
          valueHeading={`Value (${i.unit})`}
          rows={i.populationGroups.entries.map((e) => ({
            key: e.key,
            label: POPULATION_GROUP_LABELS[e.key as PopulationGroup] ?? e.key,
            value: e.value,
          }))}
        />
      )}
      {i.regions && (
        <BreakdownTable
          caption={`${i.code} by region, ${i.regions.period}`}
          keyHeading="Region"
          valueHeading={`Value (${i.unit})`}
          rows={i.regions.entries.map((e) => ({ key: e.key, label: e.key, value: e.value }))}
        />
      )}
    </details>
  );
}

/** Each indicator's latest value against its baseline and target, and whether it keeps to the line between them. */
export async function IndicatorsWidget({ scope }: { scope: DashboardScope }) {
  const indicators = await indicatorStatuses(scope);
  const filtered = scope.workstreamId !== null || scope.agencyId !== null;
  return (
    <WidgetFrame
      id="indicators"
      title="Indicators against target"
      csvHref={dashboardHref("/dashboard/csv/indicators", scope.filters)}
      description={
        <p>
          On track means the latest reading is on the right side of a straight line from the baseline to the target by
          its date (judged on the reading period’s last day); an indicator to hold steady is on track within 5 % of its
          target. {scope.period.closedAt ? `Readings as frozen when ${scope.period.label} closed.` : ""}
          {filtered ? " Only indicators linked to an action in the filter are shown." : ""}
        </p>
      }
    >
      {indicators.length === 0 ? (
        <p className="mt-4">No indicators match these filters.</p>
      ) : (
        <>
          <ScrollRegion className="mt-3" label="Indicators against target (table)">
            <table className="data-table w-full min-w-[48rem]">
              <caption className="sr-only">Indicators against target, up to {scope.period.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Latest</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Target</th>
                  <th scope="col">Direction</th>
                  <th scope="col">Expected by now</th>
                  <th scope="col">Against trajectory</th>
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
                    <td>{i.latest ? `${formatIndicatorValue(i.latest.value, i.unit)} (${i.latest.period})` : "—"}</td>
                    <td>{formatIndicatorValue(i.baseline.value, i.unit)}</td>
                    <td>
                      {formatIndicatorValue(i.target.value, i.unit)} by {formatDate(i.target.date)}
                    </td>
                    <td>{DIRECTION[i.direction]}</td>
                    <td>{i.verdict ? formatIndicatorValue(i.verdict.expected, i.unit) : "—"}</td>
                    <td className="font-semibold">{verdictWords(i)}</td>
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
