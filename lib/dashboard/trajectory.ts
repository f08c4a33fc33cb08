/**
 * Whether an indicator is on track toward its target. The rule, kept simple on purpose:
 *
 * - the expected value on a day is read off a straight line from the baseline (value, date) to the
 *   target (value, date); before the baseline it is the baseline, after the target date the target;
 * - a reading is judged on its period's last day: for "increase" it is on track when at or above
 *   the line, for "decrease" when at or below it;
 * - for "maintain" it is on track when within 5 % of the target (exactly the target when that is 0).
 */

import { daysBetween } from "@/lib/periods/calendar-date";
import type { IndicatorDirection } from "@/lib/status/vocabulary";

export type DatedValue = { value: number; date: string };

/** The value on the straight line from baseline to target on a given day (clamped at both ends). */
export function expectedOn(baseline: DatedValue, target: DatedValue, day: string): number {
  const span = daysBetween(baseline.date, target.date);
  if (span <= 0 || day >= target.date) return target.value;
  if (day <= baseline.date) return baseline.value;
  const share = daysBetween(baseline.date, day) / span;
  return Math.round((baseline.value + (target.value - baseline.value) * share) * 1e6) / 1e6;
}

export const MAINTAIN_TOLERANCE = 0.05;

export type TrajectoryVerdict = { expected: number; onTrack: boolean };

export function trajectoryVerdict(
  direction: IndicatorDirection,
  baseline: DatedValue,
  target: DatedValue,
  reading: DatedValue,
): TrajectoryVerdict {
  const expected = expectedOn(baseline, target, reading.date);
  const onTrack =
    direction === "increase"
      ? reading.value >= expected
      : direction === "decrease"
        ? reading.value <= expected
        : Math.abs(reading.value - target.value) <= Math.abs(target.value) * MAINTAIN_TOLERANCE;
  return { expected, onTrack };
}
