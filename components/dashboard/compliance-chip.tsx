import { uiText } from "@/i18n/ui-text";
import type { ComplianceState } from "@/lib/periods/compliance";
import { chipStyle } from "@/lib/status/palette";

/** Where one action's reporting for the period stands, as a labelled chip. */
export async function ComplianceChip({ state, submittedLate }: { state: ComplianceState; submittedLate: boolean }) {
  const { L } = await uiText("dashboard.compliance");
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <span
        // Colour is never the only signal: the chip carries its words, and a border style by severity.
        className="inline-flex min-h-6 items-center rounded border-2 px-2 py-0.5 text-sm font-semibold text-[var(--color-ink)]"
        style={chipStyle(state)}
      >
        {L(`states.${state}`)}
      </span>
      {submittedLate && (
        <span className="inline-flex min-h-6 items-center rounded border-2 border-dashed border-red-700 bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-900">
          {L("submittedLate")}
        </span>
      )}
    </span>
  );
}
