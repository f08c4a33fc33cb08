/**
 * Pacific/Auckland wall-clock time. Reporting deadlines are set in NZ time, so they move
 * against UTC twice a year (NZDT = UTC+13, NZST = UTC+12). Offsets are looked up with Intl,
 * so the result never depends on the server's own time zone (process.env.TZ).
 */

import { formatCalendarDate, parseCalendarDate } from "./calendar-date";

export const NZ_TIME_ZONE = "Pacific/Auckland";

const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

let formatter: Intl.DateTimeFormat | undefined;

function nzFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: NZ_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  return formatter;
}

type WallParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

function nzWallParts(instantMs: number): WallParts {
  const parts: Record<string, number> = {};
  for (const p of nzFormatter().formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    // Some engines still print midnight as 24 even with h23.
    hour: (parts.hour ?? NaN) % 24,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** NZ offset from UTC in ms at an instant (wall time minus UTC). */
function nzOffsetAt(instantMs: number): number {
  const w = nzWallParts(instantMs);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which NZ clocks show `date` `time` ('HH:MM' or 'HH:MM:SS').
 * A time skipped by the spring-forward change moves forward to the moment clocks jump
 * (03:00 NZDT); a time repeated at the autumn change resolves to its first (NZDT) occurrence.
 */
export function nzLocalToUtc(date: string, time = "00:00"): Date {
  const { year, month, day } = parseCalendarDate(date);
  const t = TIME_PATTERN.exec(time);
  const hour = Number(t?.[1]);
  const minute = Number(t?.[2]);
  const second = Number(t?.[3] ?? 0);
  if (!t || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a time (HH:MM): "${time}"`);
  }
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);

  // The offsets in force a day either side cover any single DST change.
  const offsets = [...new Set([nzOffsetAt(wallAsUtc - 24 * MS_PER_HOUR), nzOffsetAt(wallAsUtc + 24 * MS_PER_HOUR)])];
  const valid = offsets
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => wallAsUtc - nzOffsetAt(instant) === instant)
    .sort((a, b) => a - b);
  const earliest = valid[0];
  if (earliest !== undefined) return new Date(earliest);

  // In the gap: find the first instant after the jump, between the two candidate readings.
  // Clock changes fall on whole minutes, so a minute-aligned search lands exactly on one.
  let lo = Math.floor((wallAsUtc - Math.max(...offsets)) / MS_PER_MINUTE) * MS_PER_MINUTE; // before the change
  let hi = wallAsUtc - Math.min(...offsets); // already after it
  const before = nzOffsetAt(lo);
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (nzOffsetAt(mid) === before) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** The NZ calendar date ('YYYY-MM-DD') at an instant. */
export function nzDateOf(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  const w = nzWallParts(ms);
  return formatCalendarDate(w.year, w.month, w.day);
}
