/** How an indicator moved: toward its target or away from it, read from its snapshot. */

import type { IndicatorSnapshot } from "@/lib/periods/snapshot";
import type { IndicatorDirection } from "@/lib/status/vocabulary";
import type { IndicatorTrend, ReportIndicator } from "./types";

/** The period's total reading (the whole population), if one was recorded. */
export function totalReading(s: Pick<IndicatorSnapshot, "readings">): number | null {
  return s.readings.find((r) => r.breakdownKind === "total")?.value ?? null;
}

/**
 * "better" when the move from `from` to `to` goes the indicator's way: up for "increase", down for
 * "decrease", and closer to the target for "maintain".
 */
export function trendOf(direction: IndicatorDirection, from: number, to: number, target: number): IndicatorTrend {
  if (to === from) return "same";
  if (direction === "increase") return to > from ? "better" : "worse";
  if (direction === "decrease") return to < from ? "better" : "worse";
  const before = Math.abs(from - target);
  const after = Math.abs(to - target);
  return after < before ? "better" : after > before ? "worse" : "same";
}

export function targetMet(direction: IndicatorDirection, value: number, target: number): boolean {
  if (direction === "increase") return value >= target;
  if (direction === "decrease") return value <= target;
  return value === target;
}

const asDirection = (d: string): IndicatorDirection =>
  d === "increase" || d === "decrease" || d === "maintain" ? d : "maintain";

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function reportIndicator(s: IndicatorSnapshot): ReportIndicator {
  const direction = asDirection(s.direction);
  const value = totalReading(s);
  const previous = s.previous;
  return {
    code: s.code,
    title: s.title,
    unit: s.unit,
    direction,
    ownerAgency: s.ownerAgency,
    dataSource: s.dataSource,
    baseline: s.baseline,
    target: s.target,
    value,
    previous,
    changeSincePrevious: value !== null && previous ? round(value - previous.value) : null,
    trend: value !== null && previous ? trendOf(direction, previous.value, value, s.target.value) : null,
    targetMet: value !== null ? targetMet(direction, value, s.target.value) : null,
  };
}
