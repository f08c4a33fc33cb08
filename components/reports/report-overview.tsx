import { COMPLIANCE_LABELS, EXPECTED_COMPLIANCE_STATES } from "@/lib/periods/compliance";
import type { ReportOverview as Overview } from "@/lib/reports/types";
import {
  CONFIDENCE_LABELS,
  CONFIDENCES,
  STAGE_LABELS,
  STAGES,
  SYSTEM_STATE_LABELS,
  SYSTEM_STATES,
} from "@/lib/status/vocabulary";
import { CountTable, ReportSection } from "./report-table";

export function ReportOverview({ overview: o }: { overview: Overview }) {
  return (
    <ReportSection id="overview" title="Overview">
      <p className="mt-2">
        <span className="font-bold tabular-nums">{o.actions}</span> actions in the plan at the close of the period. Each
        action counts once, under its primary workstream. An action with no published update counts as not yet reported,
        never as 0 %.
      </p>
      <div className="report-grid mt-2 grid gap-x-8 md:grid-cols-2">
        <CountTable
          caption="Actions by stage"
          rows={[
            ...STAGES.map((s): [string, number] => [STAGE_LABELS[s], o.byStage[s]]),
            [SYSTEM_STATE_LABELS.not_yet_reported, o.byStage.not_yet_reported],
          ]}
        />
        <CountTable
          caption="Actions by delivery confidence"
          rows={[
            ...CONFIDENCES.map((c): [string, number] => [CONFIDENCE_LABELS[c], o.byConfidence[c]]),
            ["No rating (finished or not given)", o.byConfidence.no_rating],
            [SYSTEM_STATE_LABELS.not_yet_reported, o.byConfidence.not_yet_reported],
          ]}
        />
        <CountTable
          caption="Actions by reporting state (derived)"
          rows={SYSTEM_STATES.map((s) => [
            s === "current" ? "Reported for this period or finished" : SYSTEM_STATE_LABELS[s],
            o.bySystemState[s],
          ])}
        />
        {o.reporting && (
          <CountTable
            caption="Reporting compliance for this period (staff only)"
            rows={[
              ...EXPECTED_COMPLIANCE_STATES.map((s): [string, number] => [
                COMPLIANCE_LABELS[s],
                o.reporting!.byState[s],
              ]),
              ["Not expected (action already finished)", o.reporting.notExpected],
              ["Submitted after the grace period", o.reporting.submittedLate],
            ]}
          />
        )}
      </div>
    </ReportSection>
  );
}
