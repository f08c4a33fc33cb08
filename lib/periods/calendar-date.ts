/**
 * Calendar dates ('YYYY-MM-DD') as plain strings. Arithmetic goes through Date.UTC so it
 * never depends on the server's time zone.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type DateParts = { year: number; month: number; day: number };

/** Parses a strict 'YYYY-MM-DD' date; throws a RangeError for anything else (e.g. 2025-02-30). */
export function parseCalendarDate(date: string): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Round-trip through Date.UTC to reject days that do not exist in that month.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a real calendar date: "${date}"`);
  }
  return { year, month, day };
}

export function formatCalendarDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  return `${String(y).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  return formatCalendarDate(year, month, day + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / MS_PER_DAY);
}

/** Last day of a month (month 1–12), leap years included. */
export function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
