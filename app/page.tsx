import { connection } from "next/server";
import { Notice } from "@/components/notice";
import { FocusAreaList } from "@/components/plan/focus-area-list";
import { WorkstreamTable } from "@/components/plan/workstream-table";
import { isDemoMode } from "@/lib/dal/db";
import { getPlanOverview } from "@/lib/dal/plan-overview";
import { formatDate, formatMonth } from "@/lib/format/dates";

export default async function OverviewPage() {
  await connection(); // rendered per request from the database, never at build time
  const overview = await getPlanOverview();
  if (!overview) {
    return (
      <>
        <h1 className="text-3xl font-bold">No plan has been loaded yet</h1>
        <p className="mt-4">An administrator can import the Action Plan, or run the demo seed.</p>
      </>
    );
  }
  const recommendationCount = overview.focusAreas.reduce((n, f) => n + f.recommendations.length, 0);

  return (
    <>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{overview.title}</h1>
      {overview.titleMi && (
        <p lang="mi" className="mt-2 text-xl text-[var(--color-muted)]">
          {overview.titleMi}
        </p>
      )}
      <p className="mt-4 max-w-3xl text-lg">
        The Action Plan puts the {recommendationCount} recommendations of the {overview.strategyTitle}
        {overview.strategyTitleMi && (
          <>
            {" "}
            (<span lang="mi">{overview.strategyTitleMi}</span>)
          </>
        )}{" "}
        into {overview.workstreams.length} workstreams, each with a lead agency, delivered from{" "}
        {formatMonth(overview.startsOn)} to {formatMonth(overview.endsOn)}.
        {overview.approvedOn && overview.approvedBy && (
          <>
            {" "}
            Approved by the {overview.approvedBy} on {formatDate(overview.approvedOn)}.
          </>
        )}
      </p>

      {isDemoMode() && (
        <Notice title="This is a demonstration site">
          It runs on an embedded database with demo content. Progress updates, dates and indicator readings shown here
          are examples, not official reporting.
        </Notice>
      )}
      {overview.illustrativeCount > 0 && (
        <Notice title="Some of this content is illustrative">
          {overview.illustrativeCount} items on this page are marked <strong>Illustrative</strong>: demo content written
          to show how the plan is tracked, because the real titles were not available to us. Items without the mark are
          confirmed from public sources.
        </Notice>
      )}

      <FocusAreaList focusAreas={overview.focusAreas} />
      <WorkstreamTable workstreams={overview.workstreams} />
    </>
  );
}
