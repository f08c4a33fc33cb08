export { requirePlanSpreadsheet } from "./access";
export { exportPlan, type PlanDownload } from "./export";
export { checkPlanUpload, loadPlanImport, listRecentImports, type PlanImportView } from "./check";
export { readCurrentPlan, type CurrentPlan } from "./current-plan";
export { applyPlanImport, PlanImportRefused } from "./apply";
