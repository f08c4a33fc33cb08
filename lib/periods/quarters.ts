/**
 * Quarterly reporting periods and their default rhythm. All deadlines are NZ wall-clock
 * times, converted to instants with nzLocalToUtc so they stay right across DST changes.
 */

import { addDays, formatCalendarDate, lastDayOfMonth, parseCalendarDate } from "./calendar-date";
import { nzLocalToUtc } from "./nz-time";

export type Quarter = 1 | 2 | 3 | 4;

export type QuarterPeriod = {
  /** e.g. "2024 Q1" */
  label: string;
  year: number;
  quarter: Quarter;
  startsOn: string;
  endsOn: string;
  opensAt: Date;
  dueAt: Date;
  graceUntil: Date;
  closesAt: Date;
};

export type PeriodPhase = "upcoming" | "open" | "grace" | "late" | "closed";

/** Updates are due this many days after the quarter's last day, at DEADLINE_TIME. */
export const DUE_DAYS_AFTER_QUARTER_END = 14;
/** Late updates are accepted without being flagged for this many days after the due date. */
export const GRACE_DAYS_AFTER_DUE = 7;
/** The period closes this many days after the quarter's last day. */
export const CLOSE_DAYS_AFTER_QUARTER_END = 28;
/** NZ wall-clock time at which due, grace and close deadlines fall. */
export const DEADLINE_TIME = "17:00";
/** NZ wall-clock time at which a period opens on the quarter's first day. */
export const OPENING_TIME = "00:00";

function assertQuarter(year: number, quarter: number): asserts quarter is Quarter {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`Invalid quarter: ${quarter}`);
  }
}

/** The calendar quarter (Q1 = Jan–Mar) containing a 'YYYY-MM-DD' date. */
export function quarterOf(date: string): { year: number; quarter: Quarter } {
  const { year, month } = parseCalendarDate(date);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter };
}

export function quarterPeriod(year: number, quarter: Quarter): QuarterPeriod {
  assertQuarter(year, quarter);
  const firstMonth = quarter * 3 - 2;
  const lastMonth = quarter * 3;
  const startsOn = formatCalendarDate(year, firstMonth, 1);
  const endsOn = formatCalendarDate(year, lastMonth, lastDayOfMonth(year, lastMonth));
  const dueOn = addDays(endsOn, DUE_DAYS_AFTER_QUARTER_END);
  return {
    label: `${year} Q${quarter}`,
    year,
    quarter,
    startsOn,
    endsOn,
    opensAt: nzLocalToUtc(startsOn, OPENING_TIME),
    dueAt: nzLocalToUtc(dueOn, DEADLINE_TIME),
    graceUntil: nzLocalToUtc(addDays(dueOn, GRACE_DAYS_AFTER_DUE), DEADLINE_TIME),
    closesAt: nzLocalToUtc(addDays(endsOn, CLOSE_DAYS_AFTER_QUARTER_END), DEADLINE_TIME),
  };
}

/** Every quarter from `first` up to and including the one containing `lastContaining`. */
export function quarterlyPeriodsBetween(
  first: { year: number; quarter: Quarter },
  lastContaining: string,
): QuarterPeriod[] {
  assertQuarter(first.year, first.quarter);
  const last = quarterOf(lastContaining);
  const index = (q: { year: number; quarter: number }) => q.year * 4 + (q.quarter - 1);
  if (index(first) > index(last)) {
    throw new RangeError(`${first.year} Q${first.quarter} is after the quarter containing ${lastContaining}`);
  }
  const periods: QuarterPeriod[] = [];
  for (let i = index(first); i <= index(last); i++) {
    periods.push(quarterPeriod(Math.floor(i / 4), ((i % 4) + 1) as Quarter));
  }
  return periods;
}

/**
 * Where a period is at `now`. Each phase starts at its boundary instant (at exactly dueAt
 * the period is in grace). A period closed early (closedAt set) is closed regardless.
 */
export function periodPhase(
  p: { opensAt: Date; dueAt: Date; graceUntil: Date; closesAt: Date; closedAt?: Date | null },
  now: Date,
): PeriodPhase {
  if (p.closedAt) return "closed";
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid Date");
  if (t < p.opensAt.getTime()) return "upcoming";
  if (t < p.dueAt.getTime()) return "open";
  if (t < p.graceUntil.getTime()) return "grace";
  if (t < p.closesAt.getTime()) return "late";
  return "closed";
}
