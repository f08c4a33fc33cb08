/**
 * The time axis of the plan timeline: a range of whole calendar quarters and the mapping from a
 * calendar date to a horizontal position. Pure date arithmetic on 'YYYY-MM-DD' strings.
 */

import { addDays, daysBetween, formatCalendarDate, parseCalendarDate } from "@/lib/periods/calendar-date";
import { quarterOf } from "@/lib/periods/quarters";

/** `start` is the first day shown; `end` is the day after the last day shown (exclusive). */
export type DateRange = { start: string; end: string };

export type QuarterTick = {
  /** e.g. "2024 Q1" */
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  startsOn: string;
  /** First day of the next quarter (exclusive end). */
  endsBefore: string;
};

/** The first day of the quarter containing `date`. */
export function quarterStart(date: string): string {
  const { year, quarter } = quarterOf(date);
  return formatCalendarDate(year, quarter * 3 - 2, 1);
}

/** The first day of the quarter after the one containing `date`. */
export function nextQuarterStart(date: string): string {
  const { year, quarter } = quarterOf(date);
  return formatCalendarDate(year, quarter * 3 + 1, 1);
}

/**
 * The quarters to draw: from the quarter holding the earliest of the plan start and every date,
 * to the quarter holding the latest of the plan end, every date and today. The plan's own two years
 * are always shown; forecasts that slip later, and today, widen the range.
 */
export function timelineRange(input: {
  planStart: string;
  planEnd: string;
  dates: string[];
  today: string;
}): DateRange {
  const all = [input.planStart, input.planEnd, input.today, ...input.dates];
  let earliest = input.planStart;
  let latest = input.planEnd;
  for (const d of all) {
    parseCalendarDate(d); // refuse anything that is not a calendar date
    if (d < earliest) earliest = d;
    if (d > latest) latest = d;
  }
  return { start: quarterStart(earliest), end: nextQuarterStart(latest) };
}

/** Every quarter in the range, in order. */
export function quarterTicks(range: DateRange): QuarterTick[] {
  const ticks: QuarterTick[] = [];
  for (let startsOn = quarterStart(range.start); startsOn < range.end;) {
    const { year, quarter } = quarterOf(startsOn);
    const endsBefore = nextQuarterStart(startsOn);
    ticks.push({ label: `${year} Q${quarter}`, year, quarter, startsOn, endsBefore });
    startsOn = endsBefore;
  }
  return ticks;
}

/** Days covered by the range. */
export function rangeDays(range: DateRange): number {
  return daysBetween(range.start, range.end);
}

/**
 * A linear scale from dates to x positions: `range.start` at `x0` and `range.end` at `x1`.
 * A date names the start of that day.
 */
export function dateScale(range: DateRange, x0: number, x1: number): (date: string) => number {
  const span = rangeDays(range);
  if (span <= 0) throw new RangeError(`Empty date range: ${range.start} to ${range.end}`);
  const perDay = (x1 - x0) / span;
  return (date: string) => round(x0 + daysBetween(range.start, date) * perDay);
}

/** A bar covering `start` to `due` inclusive (to the end of the due day), at least `minWidth` wide. */
export function barExtent(
  scale: (date: string) => number,
  start: string,
  due: string,
  minWidth = 2,
): { x: number; width: number } {
  const x = scale(start);
  const end = scale(addDays(due, 1));
  return { x, width: round(Math.max(minWidth, end - x)) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
