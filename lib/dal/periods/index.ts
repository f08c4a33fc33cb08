import "server-only";

export { requireMonitor } from "./access";
export { closePeriod, PERIOD_CLOSED_EVENT, type ClosedPeriod } from "./close";
export { editPeriod, PERIOD_EDITED_EVENT } from "./edit";
export { generateNextPeriod, PERIOD_GENERATED_EVENT } from "./generate";
export { getPeriod, listPeriods, type PeriodList, type PeriodRow } from "./list";
