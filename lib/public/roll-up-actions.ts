import { rollUp, type RollUp } from "@/lib/rollup/roll-up";
import type { PublicAction } from "./types";

/** The status mix and worst item of a set of public actions (each counted once). */
export function rollUpActions(actions: PublicAction[]): RollUp {
  return rollUp(
    actions.map((a) => ({
      code: a.code,
      title: a.title,
      stage: a.status.stage,
      confidence: a.status.confidence,
      systemState: a.status.systemState,
      progressPercent: a.progress?.percent ?? null,
    })),
  );
}
