import type { FieldErrors } from "@/lib/workflow/field-errors";

/**
 * The survey's steps are its sections, then "check and submit" (step = number of sections).
 * next: check this step's answers and move on when they are complete; back: go to the previous
 * step; leave: keep what was typed and stop for now; submit: from the last step, send it to TEC.
 */
export const STEP_INTENTS = ["next", "back", "leave", "submit"] as const;
export type StepIntent = (typeof STEP_INTENTS)[number];

export const isStepIntent = (value: unknown): value is StepIntent => STEP_INTENTS.some((i) => i === value);

/** The step shown after saving: problems keep the person where they are; leaving keeps the place. */
export function stepAfter(step: number, intent: StepIntent, sectionCount: number, errors: FieldErrors): number {
  const last = sectionCount;
  const here = Math.min(Math.max(step, 0), last);
  if (intent === "back") return Math.max(here - 1, 0);
  if (intent === "next" && Object.keys(errors).length === 0) return Math.min(here + 1, last);
  return here;
}
