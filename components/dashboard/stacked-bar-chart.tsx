"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type StackedBarChartProps = {
  /** What the chart shows, in words: its accessible name. The table beside it carries every value. */
  label: string;
  rows: ({ name: string } & Record<string, number | string>)[];
  series: { key: string; label: string; fill: string }[];
};

const INK = "#1b1b1f";
const MUTED = "#4a4f57";

/** Horizontal stacked bars, one per group: a picture of the mix for sighted readers. */
export function StackedBarChart({ label, rows, series }: StackedBarChartProps) {
  const height = Math.max(160, rows.length * 36 + 90);
  return (
    <div role="img" aria-label={label} className="w-full max-w-4xl" style={{ height }}>
      <BarChart
        responsive
        layout="vertical"
        className="h-full w-full"
        data={rows}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} stroke={MUTED} />
        <YAxis type="category" dataKey="name" width={64} tick={{ fill: INK, fontSize: 12 }} stroke={MUTED} />
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ color: INK, fontSize: 12 }} itemSorter={null} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="mix" fill={s.fill} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
