/**
 * Readings of a monitoring-framework indicator shaped for a trend chart and its tables: the total
 * per period, the latest breakdown, the chart's value range and what the trend says. Pure, and
 * written against a minimal shape so it does not depend on the data layer.
 */

import { targetMet as meetsTarget } from "@/lib/reports/indicator-change";
import type { IndicatorDirection } from "@/lib/status/vocabulary";

export type ReadingLike = {
  period: string;
  value: number | null;
  breakdowns: { populationGroup: Partial<Record<string, number>>; region: Record<string, number> };
};

export type SeriesPoint = { period: string; value: number };

/** Periods with a reported total, in the order given (oldest first). */
export function totalSeries(readings: readonly ReadingLike[]): SeriesPoint[] {
  return readings.flatMap((r) => (r.value === null ? [] : [{ period: r.period, value: r.value }]));
}

export type Breakdown = { period: string; entries: { key: string; value: number }[] };

/**
 * The most recent period with a breakdown of this kind, its entries in `order` (keys not in
 * `order` follow in the order reported, e.g. regions north to south), or null when no period has one.
 */
export function latestBreakdown(
  readings: readonly ReadingLike[],
  kind: "populationGroup" | "region",
  order: readonly string[] = [],
): Breakdown | null {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    const values = Object.entries(r.breakdowns[kind]).filter((e): e is [string, number] => typeof e[1] === "number");
    if (values.length === 0) continue;
    const rank = (k: string) => {
      const at = order.indexOf(k);
      return at === -1 ? order.length : at;
    };
    values.sort(([a], [b]) => rank(a) - rank(b)); // stable: unranked keys keep their order
    return { period: r.period, entries: values.map(([key, value]) => ({ key, value })) };
  }
  return null;
}

export type Trend = {
  first: SeriesPoint | null;
  latest: SeriesPoint | null;
  /** latest − first; null with fewer than two readings. */
  change: number | null;
  /** "rising", "falling" or "flat" from first to latest; null with fewer than two readings. */
  movement: "rising" | "falling" | "flat" | null;
  /** Whether the movement is the way the indicator should go; null for "maintain" or too few readings. */
  rightWay: boolean | null;
  /** Whether the latest reading meets the target; null without readings. */
  targetMet: boolean | null;
};

export function describeTrend(readings: readonly ReadingLike[], direction: IndicatorDirection, target: number): Trend {
  const series = totalSeries(readings);
  const first = series[0] ?? null;
  const latest = series.at(-1) ?? null;
  const change = first && latest && series.length > 1 ? roundTo(latest.value - first.value, 6) : null;
  const movement = change === null ? null : change > 0 ? "rising" : change < 0 ? "falling" : "flat";
  const rightWay =
    movement === null || direction === "maintain"
      ? null
      : direction === "increase"
        ? movement === "rising"
        : movement === "falling";
  const targetMet = latest === null ? null : meetsTarget(direction, latest.value, target);
  return { first, latest, change, movement, rightWay, targetMet };
}

/**
 * How an indicator stands against its target. Before the target date: whether the latest reading
 * meets it ("meets") or not yet ("notYet"). Once the target date has passed: "met" when a reading for
 * a period that began by the target date met it, "metLate" when only a later one did, else "missed".
 * Null without readings.
 */
export type TargetVerdict = "meets" | "notYet" | "met" | "metLate" | "missed";

export function targetVerdict(
  readings: readonly (ReadingLike & { periodStartsOn: string })[],
  direction: IndicatorDirection,
  target: { value: number; date: string },
  today: string,
): TargetVerdict | null {
  const withValue = readings.filter((r): r is typeof r & { value: number } => r.value !== null);
  const latest = withValue.at(-1);
  if (!latest) return null;
  const meets = (r: { value: number }) => meetsTarget(direction, r.value, target.value);
  if (today <= target.date) return meets(latest) ? "meets" : "notYet";
  const byDate = withValue.filter((r) => r.periodStartsOn <= target.date).at(-1);
  if (byDate && meets(byDate)) return "met";
  return withValue.some((r) => r.periodStartsOn > target.date && meets(r)) ? "metLate" : "missed";
}

/**
 * A y-axis range that shows every reading, the baseline and the target with some headroom: from 0
 * when everything is positive (so bars and lines are not exaggerated), rounded to tidy numbers.
 */
export function valueDomain(values: readonly number[], baseline: number, target: number): [number, number] {
  const all = [...values, baseline, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const lower = min >= 0 ? 0 : niceFloor(min * 1.1);
  const upper = max <= 0 ? 0 : niceCeil(max * 1.08);
  return lower === upper ? [lower, lower + 1] : [lower, upper];
}

/** "45%" or "320 schools": a value with its unit, in New Zealand number style. */
export function formatIndicatorValue(value: number, unit: string): string {
  const n = value.toLocaleString("en-NZ", { maximumFractionDigits: 2 });
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

function niceStep(magnitude: number): number {
  const pow = 10 ** Math.floor(Math.log10(magnitude));
  const unit = magnitude / pow;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * pow;
}

function niceCeil(n: number): number {
  const step = niceStep(Math.abs(n)) / 10;
  return roundTo(Math.ceil(n / step) * step, 6);
}

function niceFloor(n: number): number {
  return -niceCeil(-n);
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
