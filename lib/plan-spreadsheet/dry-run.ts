/**
 * The whole dry run of an uploaded file as one pure step: read it, check it against the plan as it
 * stands, and compare. The upload and the confirmation both run it, so what is applied is what the
 * plan then makes of the same file, never a stale preview.
 */
import type { AgencyRef } from "./cells";
import { countChanges, diffPlan, type PlanDiff } from "./diff";
import type { PlanSheets } from "./layout";
import type { ImportProblem } from "./problems";
import { readPlanFile, type PlanFileFormat } from "./read";
import { checkWorkbook } from "./validate";

export type ImportPhase = "read" | "check" | "apply";
export type ImportProgress = (phase: ImportPhase, fraction: number) => void;

/** Problems kept for the preview; the count says how many there were in all. */
export const MAX_SHOWN_PROBLEMS = 500;

export type DryRun = {
  format: PlanFileFormat;
  problems: ImportProblem[];
  problemTotal: number;
  changeCount: number;
  diff: PlanDiff;
};

export async function dryRun(
  bytes: Uint8Array,
  plan: { sheets: PlanSheets; agencies: readonly AgencyRef[] },
  progress: ImportProgress = () => {},
): Promise<DryRun> {
  const raw = await readPlanFile(bytes, (f) => progress("read", f));
  const checked = await checkWorkbook(raw, { agencies: plan.agencies, current: plan.sheets }, (f) =>
    progress("check", f),
  );
  const diff = diffPlan(plan.sheets, checked.sheets);
  return {
    format: raw.format,
    problems: checked.problems.slice(0, MAX_SHOWN_PROBLEMS),
    problemTotal: checked.problems.length,
    changeCount: countChanges(diff),
    diff,
  };
}
