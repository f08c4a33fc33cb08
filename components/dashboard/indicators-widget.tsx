import { Link } from "@/i18n/navigation";
import { dashboardHref } from "@/lib/dashboard/filters";
import { indicatorStatuses, type IndicatorStatus } from "@/lib/dal/dashboard/indicators";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { formatDate } from "@/lib/format/dates";
import { formatIndicatorValue } from "@/lib/timeline/indicator-series";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { WidgetFrame } from "./widget-frame";

function verdictKey(i: IndicatorStatus) {
  if (!i.verdict) return "noReading";
  return i.verdict.onTrack ? "onTrack" : "behind";
}

/**
 * Each indicator's latest value against its baseline and target, and whether it keeps to the line
 * between them. Each one's trend chart and breakdown tables are on the widget's full list, one link
 * away, rather than sent with every dashboard behind closed disclosures.
 */
export async function IndicatorsWidget({ scope }: { scope: DashboardScope }) {
  const [indicators, { t, L }, dashboard] = await Promise.all([
    indicatorStatuses(scope),
    uiText("dashboard.indicators"),
    uiText("dashboard"),
  ]);
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
          <p className="mt-3">
            <Link href={dashboardHref("/dashboard/lists/indicators", scope.filters)} className="inline-block min-h-6">
              {dashboard.L("lists.fullList.indicators", { total: indicators.length })}
            </Link>
          </p>
        </>
      )}
    </WidgetFrame>
  );
}
