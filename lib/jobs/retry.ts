/** How the job runner paces itself: pure numbers, so they are tested without a database. */

/** A job that has failed this many times is left failed for a person to look at. */
export const MAX_ATTEMPTS = 5;

/** How long a claim holds: a runner that died mid-job lets another take it after this. */
export const LEASE_MS = 5 * 60_000;

/** How often each server looks for due work. */
export const LOOP_INTERVAL_MS = 15_000;

/** The wait before the next try after the `attempts`-th failure: 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}
