/** Attempts allowed before any wait, and the longest wait. */
export const FREE_ATTEMPTS = 3;
/**
 * Failed attempts at one account, from every address together, before that account waits too: a
 * guesser with many addresses (a botnet) gets this many guesses, not FREE_ATTEMPTS per address. High
 * enough that one stranger's guessing never holds up the account's owner.
 */
export const ACCOUNT_FREE_ATTEMPTS = 20;
export const MAX_BLOCK_SECONDS = 15 * 60;

/**
 * How long to refuse further attempts after `failures` consecutive failures: nothing for the first
 * few, then 2 s, 4 s, 8 s … doubling up to 15 minutes, so guessing gets slow fast while a person
 * who mistypes twice is never held up.
 */
export function blockSecondsAfter(failures: number): number {
  return blockSecondsAfterFree(failures, FREE_ATTEMPTS);
}

/** The same rule for a bucket that allows `free` failures before its first wait. */
export function blockSecondsAfterFree(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free + 1), MAX_BLOCK_SECONDS);
}

/** Seconds still to wait, or 0 when an attempt may be checked now. */
export function secondsToWait(blockedUntil: Date | null, now: Date): number {
  if (!blockedUntil) return 0;
  return Math.max(0, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
}
