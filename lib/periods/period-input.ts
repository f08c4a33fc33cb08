/**
 * The rules of a reporting period's edit form: four New Zealand wall-clock date and time pairs
 * (opens, due, grace, close) become instants with nzLocalToUtc, whatever the server's time zone.
 * Every problem is reported at once, each against the field that needs changing.
 */

import { z } from "zod";
import { fieldErrorsFromZod, mergeFieldErrors, addFieldError, type FieldErrors } from "@/lib/workflow/field-errors";
import { parseCalendarDate } from "./calendar-date";
import { NZ_TIME_ZONE, nzLocalToUtc } from "./nz-time";
import { quarterOf, quarterPeriod, type Quarter, type QuarterPeriod } from "./quarters";

/** The four deadlines, in the order they must fall. */
export const PERIOD_DEADLINES = [
  { key: "opens", column: "opensAt", label: "Opens" },
  { key: "due", column: "dueAt", label: "Due" },
  { key: "grace", column: "graceUntil", label: "Grace period ends" },
  { key: "closes", column: "closesAt", label: "Closes" },
] as const;

export type DeadlineKey = (typeof PERIOD_DEADLINES)[number]["key"];

export type PeriodDeadlines = { opensAt: Date; dueAt: Date; graceUntil: Date; closesAt: Date };

/** The form's values as strings: opensDate, opensTime, dueDate, dueTime and so on. */
export type PeriodFormValues = Record<`${DeadlineKey}${"Date" | "Time"}`, string>;

export type PeriodInputResult = { ok: true; value: PeriodDeadlines } | { ok: false; fieldErrors: FieldErrors };

const DATE_MESSAGE = "Enter a real date, for example 2027-04-06.";
const TIME_MESSAGE = "Enter a time on the 24-hour clock, for example 17:00.";

const dateField = z
  .string({ error: DATE_MESSAGE })
  .normalize()
  .trim()
  .refine((value) => {
    try {
      parseCalendarDate(value);
      return true;
    } catch {
      return false;
    }
  }, DATE_MESSAGE);
const timeField = z
  .string({ error: TIME_MESSAGE })
  .normalize()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_MESSAGE);

const schema = z.object(
  Object.fromEntries(
    PERIOD_DEADLINES.flatMap(({ key }) => [[`${key}Date`, dateField] as const, [`${key}Time`, timeField] as const]),
  ) as Record<keyof PeriodFormValues, typeof dateField>,
);

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: NZ_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The New Zealand date ('YYYY-MM-DD') and time ('HH:MM') clocks show at an instant. */
export function nzWallClockOf(instant: Date): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const p of wallClock.formatToParts(instant)) parts[p.type] = p.value;
  const hour = String(Number(parts.hour) % 24).padStart(2, "0");
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${hour}:${parts.minute}` };
}

/** The form's values for a period as it stands (its instants shown on New Zealand clocks). */
export function periodFormValues(p: PeriodDeadlines): PeriodFormValues {
  const values = {} as PeriodFormValues;
  for (const { key, column } of PERIOD_DEADLINES) {
    const { date, time } = nzWallClockOf(p[column]);
    values[`${key}Date`] = date;
    values[`${key}Time`] = time;
  }
  return values;
}

/**
 * Parses the form. A time that New Zealand clocks skip when daylight saving starts (e.g. 02:30 on
 * 27 September 2026) does not exist and is refused rather than silently moved. The deadlines must
 * fall in order (opens ≤ due ≤ grace ends ≤ closes); each break is reported on the later field.
 * With `now`, the close must also be in the future (closing now is its own deliberate step).
 */
export function parsePeriodInput(raw: Record<string, unknown>, now?: Date): PeriodInputResult {
  const parsed = schema.safeParse(raw);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const values = (parsed.success ? parsed.data : raw) as Partial<Record<keyof PeriodFormValues, unknown>>;

  const instants: Partial<Record<DeadlineKey, Date>> = {};
  for (const { key, label } of PERIOD_DEADLINES) {
    const dateKey = `${key}Date` as const;
    const timeKey = `${key}Time` as const;
    if (errors[dateKey] || errors[timeKey]) continue;
    const date = String(values[dateKey]).trim();
    const time = String(values[timeKey]).trim();
    const instant = nzLocalToUtc(date, time);
    const shown = nzWallClockOf(instant);
    if (shown.date !== date || shown.time !== time) {
      addFieldError(
        errors,
        timeKey,
        `${label}: ${time} on ${date} does not exist in New Zealand: clocks go forward an hour that night (daylight saving starts). Choose a time from 03:00.`,
      );
      continue;
    }
    instants[key] = instant;
  }

  // Compare each deadline with the nearest earlier one that could be read, so one bad field
  // does not hide an order problem between the others.
  let previous: { label: string; at: Date } | null = null;
  for (const { key, label } of PERIOD_DEADLINES) {
    const at = instants[key];
    if (!at) continue;
    if (previous && at.getTime() < previous.at.getTime()) {
      addFieldError(errors, `${key}Date`, `${label} must not be before “${previous.label}”.`);
    }
    previous = { label, at };
  }
  if (now && instants.closes && instants.closes.getTime() <= now.getTime()) {
    addFieldError(
      errors,
      "closesDate",
      "Closes must be in the future. To close the period now, use “Close this period” instead.",
    );
  }

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: mergeFieldErrors(errors) };
  return {
    ok: true,
    value: {
      opensAt: instants.opens!,
      dueAt: instants.due!,
      graceUntil: instants.grace!,
      closesAt: instants.closes!,
    },
  };
}

/**
 * The next quarterly period: the calendar quarter after the latest existing one (by start date),
 * with the default rhythm. With no periods yet, the quarter containing `today` ('YYYY-MM-DD').
 */
export function nextQuarterlyPeriod(existing: readonly { startsOn: string }[], today: string): QuarterPeriod {
  if (existing.length === 0) {
    const { year, quarter } = quarterOf(today);
    return quarterPeriod(year, quarter);
  }
  const latest = existing.reduce((a, b) => (b.startsOn > a.startsOn ? b : a)).startsOn;
  const { year, quarter } = quarterOf(latest);
  return quarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, (quarter + 1) as Quarter);
}
