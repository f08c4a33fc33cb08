export * from "./layout";
export * from "./problems";
export * from "./cells";
export { readPlanFile, type RawWorkbook, type PlanFileFormat } from "./read";
export { checkWorkbook, type Checked, type CheckedSheets, type CheckContext } from "./validate";
export { diffPlan, diffSheet, countChanges, type PlanDiff, type SheetDiff, type FieldChange } from "./diff";
export { planFile, planXlsx, planCsvZip, planJson, EXPORT_TYPES, type ExportFormat } from "./write";
export { dryRun, MAX_SHOWN_PROBLEMS, type DryRun, type ImportPhase, type ImportProgress } from "./dry-run";
