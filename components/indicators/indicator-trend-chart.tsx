"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export type IndicatorTrendChartProps = {
  /** What the chart shows, in words: the accessible name of the whole picture. */
  label: string;
  data: { period: string; value: number }[];
  unit: string;
  domain: [number, number];
  target: number;
  targetLabel: string;
  baseline: number;
  baselineLabel: string;
};

const INK = "#1b1b1f";
const MUTED = "#4a4f57";
const LINE = "#0b4f6c";
const TARGET = "#9a3412";

const withUnit = (value: number, unit: string) =>
  unit === "%" ? `${value.toLocaleString("en-NZ")}%` : value.toLocaleString("en-NZ");

/**
 * An indicator's readings over time with its baseline and target. Decoration for sighted readers:
 * one image to assistive technology, and the table after it carries every value.
 */
export function IndicatorTrendChart(props: IndicatorTrendChartProps) {
  const { label, data, unit, domain, target, targetLabel, baseline, baselineLabel } = props;
  return (
    <div role="img" aria-label={label} className="mt-3 h-72 w-full max-w-3xl">
      <LineChart
        responsive
        className="h-full w-full"
        data={data}
        margin={{ top: 24, right: 32, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
        <XAxis dataKey="period" tick={{ fill: INK, fontSize: 12 }} stroke={MUTED} interval="preserveStartEnd" />
        <YAxis
          domain={domain}
          tick={{ fill: INK, fontSize: 12 }}
          stroke={MUTED}
          width={56}
          tickFormatter={(v: number) => withUnit(v, unit)}
        />
        <Tooltip
          formatter={(v) => [withUnit(Number(v), unit) + (unit === "%" ? "" : ` ${unit}`), ""]}
          separator=""
          isAnimationActive={false}
        />
        <ReferenceLine
          y={baseline}
          stroke={MUTED}
          strokeDasharray="2 4"
          strokeWidth={2}
          label={{ value: baselineLabel, position: "insideBottomRight", fill: MUTED, fontSize: 12 }}
        />
        <ReferenceLine
          y={target}
          stroke={TARGET}
          strokeDasharray="8 4"
          strokeWidth={2}
          label={{
            value: targetLabel,
            position: "insideTopLeft",
            fill: TARGET,
            fontSize: 12,
            fontWeight: 700,
          }}
        />
        <Line
          type="linear"
          dataKey="value"
          stroke={LINE}
          strokeWidth={3}
          dot={{ r: 4, fill: LINE, stroke: LINE }}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
