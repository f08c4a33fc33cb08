/**
 * The public version of the quarterly report. Everything in a snapshot is published content
 * (statuses, narratives, dates, indicator values, the derived "stale" state) except how each
 * action's reporting stood in the workflow at close: whether an agency's update was a draft,
 * submitted, awaiting approval or late is the programme office's compliance view, not a published
 * fact, so every compliance field (per action, the counts and the late-reporting list) is removed.
 */

import type { QuarterlyReport } from "./types";

export function publicReport(report: QuarterlyReport): QuarterlyReport {
  return {
    ...report,
    version: "public",
    overview: { ...report.overview, reporting: null },
    workstreams: report.workstreams.map((ws) => ({
      ...ws,
      actions: ws.actions.map((a) => ({ ...a, reporting: null })),
    })),
    exceptions: { ...report.exceptions, lateReporting: null },
  };
}
