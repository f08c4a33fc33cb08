import { COMPLIANCE_LABELS, type ComplianceState } from "@/lib/periods/compliance";

/** Colour is never the only signal: the chip carries its words, and a border shape by severity. */
const TONE: Record<ComplianceState, string> = {
  due: "bg-white text-slate-900 border-slate-600 border-dotted",
  draft: "bg-sky-50 text-sky-900 border-sky-700 border-dotted",
  submitted: "bg-teal-50 text-teal-900 border-teal-700",
  approved: "bg-emerald-50 text-emerald-900 border-emerald-700",
  published: "bg-emerald-100 text-emerald-950 border-emerald-800",
  late: "bg-red-50 text-red-900 border-red-700 border-dashed",
  not_expected: "bg-zinc-50 text-zinc-800 border-zinc-500",
};

/** Where one action's reporting for the period stands, as a labelled chip. */
export function ComplianceChip({ state, submittedLate }: { state: ComplianceState; submittedLate: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <span
        className={`inline-flex min-h-6 items-center rounded border-2 px-2 py-0.5 text-sm font-semibold ${TONE[state]}`}
      >
        {COMPLIANCE_LABELS[state]}
      </span>
      {submittedLate && (
        <span className="inline-flex min-h-6 items-center rounded border-2 border-dashed border-red-700 bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-900">
          Submitted late
        </span>
      )}
    </span>
  );
}
