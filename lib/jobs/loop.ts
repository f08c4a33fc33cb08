import "server-only";
import { LOOP_INTERVAL_MS } from "./retry";
import { runDueJobs } from "./run-due";

const holder = globalThis as typeof globalThis & { __mahereJobLoop?: NodeJS.Timeout };

/**
 * Runs due jobs now and then every LOOP_INTERVAL_MS, once per server process; a run still going
 * when the next is due is not overlapped. Every server may run this against one database.
 */
export function startJobLoop(intervalMs = LOOP_INTERVAL_MS): void {
  if (holder.__mahereJobLoop) return;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await runDueJobs();
    } catch (error) {
      console.error("Running due jobs failed:", error instanceof Error ? error.message : error);
    } finally {
      busy = false;
    }
  };
  holder.__mahereJobLoop = setInterval(tick, intervalMs);
  holder.__mahereJobLoop.unref();
  void tick();
}
