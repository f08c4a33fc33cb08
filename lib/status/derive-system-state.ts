/**
 * An action's system state is derived from its published updates, never typed by anyone,
 * so the public view cannot be told an action is current when it has gone quiet.
 */

import { nzDateOf } from "@/lib/periods/nz-time";
import { FINISHED_STAGES, STAGES, type Stage, type SystemState } from "./vocabulary";

export type PeriodRef = { id: number; startsOn: string; endsOn: string };
export type PublishedUpdateRef = { periodId: number | null; publishedAt: string; stage: Stage };

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO timestamp: "${iso}"`);
  return ms;
}

export function deriveSystemState(input: {
  updates: PublishedUpdateRef[];
  periods: PeriodRef[];
  latestClosedPeriodId: number | null;
}): SystemState {
  const { updates, periods, latestClosedPeriodId } = input;
  if (updates.length === 0) return "not_yet_reported";

  // Latest by publishedAt; on an exact tie the later lifecycle stage wins so the result
  // does not depend on input order.
  let latest: PublishedUpdateRef | undefined;
  for (const u of updates) {
    if (
      !latest ||
      instantMs(u.publishedAt) > instantMs(latest.publishedAt) ||
      (instantMs(u.publishedAt) === instantMs(latest.publishedAt) &&
        STAGES.indexOf(u.stage) > STAGES.indexOf(latest.stage))
    ) {
      latest = u;
    }
  }
  if (latest && FINISHED_STAGES.includes(latest.stage)) return "current";

  if (latestClosedPeriodId === null) return "current";
  const byId = new Map(periods.map((p) => [p.id, p]));
  const closed = byId.get(latestClosedPeriodId);
  // A closed period we cannot see gives nothing to measure against; do not guess "stale".
  if (!closed) return "current";

  const coversClosedPeriod = updates.some((u) => {
    const period = u.periodId === null ? undefined : byId.get(u.periodId);
    // Updates without a (known) period count by the NZ date they were published.
    const on = period ? period.startsOn : nzDateOf(new Date(instantMs(u.publishedAt)));
    return on >= closed.startsOn;
  });
  return coversClosedPeriod ? "current" : "stale";
}
