import { rollUp, type RollUp } from "@/lib/rollup/roll-up";
import { nzToday, overdueDaysOf } from "@/lib/status/overdue";
import type { PublicAction } from "./types";

/** The status mix, worst item and overdue count of a set of public actions (each counted once). */
export function rollUpActions(actions: PublicAction[], today: string = nzToday()): RollUp {
  const mix = rollUp(
    actions.map((a) => ({
      code: a.code,
      title: a.title,
      stage: a.status.stage,
      confidence: a.status.confidence,
      systemState: a.status.systemState,
      progressPercent: a.progress?.percent ?? null,
    })),
  );
  return { ...mix, overdue: actions.filter((a) => overdueDaysOf(a, today) !== null).length };
}
