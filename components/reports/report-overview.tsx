import { uiText } from "@/i18n/ui-text";
import { EXPECTED_COMPLIANCE_STATES } from "@/lib/periods/compliance";
import type { ReportOverview as Overview } from "@/lib/reports/types";
import { CONFIDENCES, STAGES, SYSTEM_STATES } from "@/lib/status/vocabulary";
import { CountTable, ReportSection } from "./report-table";

export async function ReportOverview({ overview: o }: { overview: Overview }) {
  const [{ t, lang, rich, L }, sections, status, compliance] = await Promise.all([
    uiText("reports.overview"),
    uiText("reports.sections"),
    uiText("status"),
    uiText("dashboard.compliance.states"),
  ]);
  return (
    <ReportSection id="overview" title={sections.L("overview")}>
      <p lang={lang("intro")} className="mt-2">
        {rich("intro", {
          count: o.actions,
          b: (chunks) => <span className="font-bold tabular-nums">{chunks}</span>,
        })}
      </p>
      <div className="report-grid mt-2 grid gap-x-8 md:grid-cols-2">
        <CountTable
          caption={t("byStage")}
          rows={[
            ...STAGES.map((s): [React.ReactNode, number] => [status.L(`stage.${s}`), o.byStage[s]]),
            [status.L("system.not_yet_reported"), o.byStage.not_yet_reported],
          ]}
        />
        <CountTable
          caption={t("byConfidence")}
          rows={[
            ...CONFIDENCES.map((c): [React.ReactNode, number] => [status.L(`confidence.${c}`), o.byConfidence[c]]),
            [L("noRating"), o.byConfidence.no_rating],
            [status.L("system.not_yet_reported"), o.byConfidence.not_yet_reported],
          ]}
        />
        <CountTable
          caption={t("bySystemState")}
          rows={SYSTEM_STATES.map((s) => [
            s === "current" ? L("current") : status.L(`system.${s}`),
            o.bySystemState[s],
          ])}
        />
        {o.reporting && (
          <CountTable
            caption={t("compliance")}
            rows={[
              ...EXPECTED_COMPLIANCE_STATES.map((s): [React.ReactNode, number] => [
                compliance.L(s),
                o.reporting!.byState[s],
              ]),
              [L("notExpected"), o.reporting.notExpected],
              [L("submittedLate"), o.reporting.submittedLate],
            ]}
          />
        )}
      </div>
    </ReportSection>
  );
}
