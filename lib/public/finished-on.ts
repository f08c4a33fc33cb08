import { nzDateOf } from "@/lib/periods/nz-time";
import { isFinishedStage, type Stage } from "@/lib/status/vocabulary";

/**
 * When a finished action finished: the New Zealand date of the published update that first reported
 * the stage it is in now (complete, completed – modified, not proceeding). Null while unfinished.
 * `updates` are the action's published updates, newest first.
 */
export function finishedOn(updates: readonly { stage: Stage; publishedAt: string }[]): string | null {
  const latest = updates[0];
  if (!latest || !isFinishedStage(latest.stage)) return null;
  let first = latest;
  for (const u of updates.slice(1)) {
    if (u.stage !== latest.stage) break;
    first = u;
  }
  return nzDateOf(new Date(first.publishedAt));
}
