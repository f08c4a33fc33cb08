/** Attempts allowed before any wait, and the longest wait. */
export const FREE_ATTEMPTS = 3;
export const MAX_BLOCK_SECONDS = 15 * 60;

/**
 * How long to refuse further attempts after `failures` consecutive failures: nothing for the first
 * few, then 2 s, 4 s, 8 s … doubling up to 15 minutes, so guessing gets slow fast while a person
 * who mistypes twice is never held up.
 */
export function blockSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_BLOCK_SECONDS);
}

/** Seconds still to wait, or 0 when an attempt may be checked now. */
export function secondsToWait(blockedUntil: Date | null, now: Date): number {
  if (!blockedUntil) return 0;
  return Math.max(0, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
}
