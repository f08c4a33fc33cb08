import type { PeriodPhase } from "@/lib/periods/quarters";

export const PHASE_LABELS: Record<PeriodPhase, string> = {
  upcoming: "Not open yet",
  open: "Open",
  grace: "In grace period",
  late: "Late (until it closes)",
  closed: "Closed",
};
