import Link from "next/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";
import { unreportedActions, unreportedByWorkstream } from "@/lib/dal/dashboard/stale";
import { dashboardHref } from "@/lib/dashboard/filters";
import { formatDateTime } from "@/lib/format/dates";
import { SYSTEM_STATE_LABELS } from "@/lib/status/vocabulary";
import { DrillNumber, WidgetFrame } from "./widget-frame";

export const UNREPORTED_TITLE = "Stale and never-reported actions";

export async function UnreportedWidget({ scope }: { scope: DashboardScope }) {
  const [counts, actions] = await Promise.all([unreportedByWorkstream(scope), unreportedActions(scope)]);
  const { period } = scope;
  const drill = (extra: Record<string, string | number>) => dashboardHref("/dashboard/actions", scope.filters, extra);
  const countsCaption = `Stale and never-reported actions by workstream, ${period.label}`;
  const listCaption = `Stale and never-reported actions, ${period.label}`;
  return (
    <WidgetFrame
      id="unreported"
      title={UNREPORTED_TITLE}
      csvHref={dashboardHref("/dashboard/csv/unreported", scope.filters)}
      description={
        <p>
          Stale: nothing published for the latest closed period. Never reported: nothing published at all. Periods
          missed counts the reporting periods that have come due since the last published update (or since the action
          began), up to {period.label}.{" "}
          {period.closedAt ? `As frozen when ${period.label} closed.` : "As published now."}
        </p>
      }
    >
      <h3 className="mt-6 text-xl font-semibold">Counts by workstream</h3>
      <ScrollRegion label={`${countsCaption} (table)`} className="mt-3">
        <table className="data-table">
          <caption className="sr-only">{countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Workstream</th>
              <th scope="col">{SYSTEM_STATE_LABELS.stale}</th>
              <th scope="col">{SYSTEM_STATE_LABELS.not_yet_reported}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((w) => (
              <tr key={w.number}>
                <th scope="row">
                  {w.number}. {w.title}
                </th>
                <td className="text-right">
                  <DrillNumber
                    n={w.stale}
                    href={drill({ state: "stale", workstream: w.number })}
                    what={`stale, workstream ${w.number}`}
                  />
                </td>
                <td className="text-right">
                  <DrillNumber
                    n={w.notYetReported}
                    href={drill({ state: "not_yet_reported", workstream: w.number })}
                    what={`not yet reported, workstream ${w.number}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3 className="mt-6 text-xl font-semibold">The actions</h3>
      {actions.length === 0 ? (
        <p className="mt-3">Every action in view has a current published update.</p>
      ) : (
        <ScrollRegion label={`${listCaption} (table)`} className="mt-3">
          <table className="data-table w-full min-w-[44rem]">
            <caption className="sr-only">{listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Lead</th>
                <th scope="col">State</th>
                <th scope="col">Last published (NZ time)</th>
                <th scope="col">For period</th>
                <th scope="col">Periods missed</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.code}>
                  <th scope="row" className="font-normal">
                    <Link href={`/actions/${a.code}`}>
                      {a.code} {a.title}
                    </Link>
                  </th>
                  <td>{a.leadAgency}</td>
                  <td className="whitespace-nowrap">{SYSTEM_STATE_LABELS[a.systemState]}</td>
                  <td className="whitespace-nowrap">
                    {a.lastPublishedAt ? formatDateTime(a.lastPublishedAt.toISOString()) : "Never"}
                  </td>
                  <td className="whitespace-nowrap">{a.lastPeriod ?? "—"}</td>
                  <td className="text-right">{a.periodsMissed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </WidgetFrame>
  );
}
