import { nzDateOf, nzLocalToUtc } from "@/lib/periods/nz-time";

/** Digests go out once a day at this New Zealand time (NZST or NZDT, whichever is in force). */
export const DIGEST_TIME = "07:00";

/** The digest of one New Zealand day: its date ('YYYY-MM-DD') and the instant it is due. */
export type DigestDay = { day: string; at: Date };

/** The digest day `now` falls in, and when that day's digest is due. */
export function digestDayOf(now: Date): DigestDay {
  const day = nzDateOf(now);
  return { day, at: nzLocalToUtc(day, DIGEST_TIME) };
}

/** Today's digest once its time has come (New Zealand time), else null: the scheduled job's rule. */
export function digestDue(now: Date): DigestDay | null {
  const today = digestDayOf(now);
  return now.getTime() >= today.at.getTime() ? today : null;
}

/** The idempotency key of one address's digest of one day: one message per person per day. */
export function digestKey(day: string, addressId: number): string {
  return `digest:${day}:${addressId}`;
}
