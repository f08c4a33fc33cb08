import "server-only";
/** Indicator management for TEC monitors: every function takes the caller (Actor) first and checks it. */
export { listIndicatorsForManagement, type ManagedIndicator } from "./list";
export { getIndicatorForEdit, readingsForPeriod, type IndicatorForEdit } from "./load";
export { getIndicatorFormOptions, type IndicatorFormOptions } from "./options";
export { createIndicator, INDICATOR_CREATED } from "./create";
export { updateIndicator, INDICATOR_UPDATED, STALE_INDICATOR } from "./update";
export { recordReadings, READINGS_RECORDED, STALE_READINGS } from "./record-readings";
export type { PeriodReadings } from "./readings";
export { orRefuse } from "./page-guard";
