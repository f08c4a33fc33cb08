/**
 * Where everything goes on the plan timeline (a Gantt chart grouped by workstream): rows, bars,
 * quarter gridlines, the today line and dependency connectors, in SVG user units. Pure, so the
 * server component only draws what this returns.
 */

import { slipDays } from "@/lib/dependencies/dependency-graph";
import { openRisksOf } from "@/lib/dependencies/open-risks";
import { addDays } from "@/lib/periods/calendar-date";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { barExtent, dateScale, type DateRange, quarterTicks, timelineRange } from "./time-scale";

export type GanttAction = {
  code: string;
  title: string;
  workstream: number;
  foundational: boolean;
  baselineStart: string;
  baselineDue: string;
  forecastDue: string | null;
  predecessors: string[];
  /** Complete, completed – modified or not proceeding: it holds nothing up and is past being at risk. */
  finished: boolean;
};

export type GanttWorkstream = { number: number; title: string };

export type GanttDimensions = {
  width: number;
  labelWidth: number;
  rightPad: number;
  axisHeight: number;
  groupHeight: number;
  rowHeight: number;
  footerHeight: number;
  /** Longest action title drawn in the label column, in characters. */
  titleChars: number;
};

export const DEFAULT_DIMENSIONS: GanttDimensions = {
  width: 1100,
  labelWidth: 340,
  rightPad: 16,
  axisHeight: 52,
  groupHeight: 32,
  rowHeight: 42,
  footerHeight: 48,
  titleChars: 40,
};

/**
 * Below the small-screen breakpoint rows are labelled by action code only, so the label column
 * shrinks and the quarters keep nearly the same width as on a wide screen.
 */
export const PHONE_DIMENSIONS: GanttDimensions = {
  ...DEFAULT_DIMENSIONS,
  width: 800,
  labelWidth: 64,
};

export type Bar = { x: number; width: number; y: number; height: number };

export type GanttRow = {
  code: string;
  title: string;
  /** The title cut to fit the label column. */
  shortTitle: string;
  workstream: number;
  foundational: boolean;
  predecessors: string[];
  /** Top of the row. */
  y: number;
  baseline: Bar;
  /** Only when the forecast due date differs from the baseline due date. */
  forecast: Bar | null;
  slipDays: number;
  /** Predecessors (direct or upstream) whose effective due is after this action's start. */
  atRiskFrom: string[];
  /**
   * Predecessors in other workstreams: marked by their codes at the start of the bar rather than
   * by a connector, which would cross the whole chart.
   */
  externalPredecessors: string[];
};

export type GanttGroup = { number: number; title: string; y: number; rows: GanttRow[] };

export type GanttTick = { label: string; year: number; quarter: number; x: number; width: number };

/** A dependency within one workstream, drawn from the predecessor's end to the successor's start. */
export type Connector = { from: string; to: string; points: [number, number][] };

export type GanttLayout = {
  width: number;
  height: number;
  chartX0: number;
  chartX1: number;
  /** Vertical extent of the plotted rows (below the axis, above the footer). */
  plotTop: number;
  plotBottom: number;
  range: DateRange;
  ticks: GanttTick[];
  groups: GanttGroup[];
  connectors: Connector[];
  today: { date: string; x: number };
  planEnd: { date: string; x: number };
};

/** `text` cut to at most `max` characters, ending in an ellipsis when cut. */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(1, max - 1))
    .join("")
    .trimEnd()}…`;
}

export function layoutGantt(
  input: {
    actions: GanttAction[];
    workstreams: GanttWorkstream[];
    planStart: string;
    planEnd: string;
    today: string;
  },
  dim: GanttDimensions = DEFAULT_DIMENSIONS,
): GanttLayout {
  const range = timelineRange({
    planStart: input.planStart,
    planEnd: input.planEnd,
    today: input.today,
    dates: input.actions.flatMap((a) => [a.baselineStart, a.baselineDue, ...(a.forecastDue ? [a.forecastDue] : [])]),
  });
  const chartX0 = dim.labelWidth;
  const chartX1 = dim.width - dim.rightPad;
  const scale = dateScale(range, chartX0, chartX1);

  const ticks = quarterTicks(range).map((q) => {
    const x = scale(q.startsOn);
    return { label: q.label, year: q.year, quarter: q.quarter, x, width: scale(q.endsBefore) - x };
  });

  const known = new Set(input.actions.map((a) => a.code));
  const edges = input.actions.flatMap((a) =>
    a.predecessors.filter((p) => known.has(p)).map((p) => ({ action: a.code, predecessor: p })),
  );
  // The one dependency-risk rule, as the dashboard and the overview apply it.
  const risk = new Map(
    openRisksOf(input.actions).map((r) => [
      r.code,
      [...new Set([...r.cause.map((c) => c.predecessor), ...r.via])].sort(compareActionCodes),
    ]),
  );

  const plotTop = dim.axisHeight;
  let y = plotTop;
  const groups: GanttGroup[] = [];
  const rowOf = new Map<string, GanttRow>();
  const workstreams = [...input.workstreams].sort((a, b) => a.number - b.number);
  // Actions whose workstream is missing from the list still get drawn, under their number.
  for (const n of new Set(input.actions.map((a) => a.workstream))) {
    if (!workstreams.some((w) => w.number === n)) workstreams.push({ number: n, title: "" });
  }
  workstreams.sort((a, b) => a.number - b.number);

  for (const ws of workstreams) {
    const actions = input.actions
      .filter((a) => a.workstream === ws.number)
      .sort((a, b) => compareActionCodes(a.code, b.code));
    if (actions.length === 0) continue;
    const group: GanttGroup = { number: ws.number, title: ws.title, y, rows: [] };
    y += dim.groupHeight;
    for (const a of actions) {
      const barHeight = Math.round(dim.rowHeight * 0.24);
      const baseline = { ...barExtent(scale, a.baselineStart, a.baselineDue), y: y + 8, height: barHeight };
      const forecast =
        a.forecastDue !== null && a.forecastDue !== a.baselineDue
          ? {
              ...barExtent(scale, a.baselineStart, a.forecastDue),
              y: y + 8 + barHeight + 5,
              height: barHeight,
            }
          : null;
      const row: GanttRow = {
        code: a.code,
        title: a.title,
        shortTitle: truncateLabel(a.title, dim.titleChars),
        workstream: a.workstream,
        foundational: a.foundational,
        predecessors: [...a.predecessors].sort(compareActionCodes),
        y,
        baseline,
        forecast,
        slipDays: slipDays(a),
        atRiskFrom: risk.get(a.code) ?? [],
        externalPredecessors: [],
      };
      group.rows.push(row);
      rowOf.set(a.code, row);
      y += dim.rowHeight;
    }
    groups.push(group);
  }
  const plotBottom = y;

  const connectors: Connector[] = [];
  for (const { action, predecessor } of edges) {
    const from = rowOf.get(predecessor);
    const to = rowOf.get(action);
    if (!from || !to) continue;
    if (from.workstream !== to.workstream) {
      to.externalPredecessors.push(predecessor);
      to.externalPredecessors.sort(compareActionCodes);
      continue;
    }
    const fromBar = from.forecast ?? from.baseline;
    const x1 = fromBar.x + fromBar.width;
    const y1 = fromBar.y + fromBar.height / 2;
    const x2 = to.baseline.x;
    const y2 = to.baseline.y + to.baseline.height / 2;
    // The vertical runs just before the successor starts, so the arrow always arrives from the left.
    const bend = Math.max(chartX0, Math.min(x1 + 6, x2 - 6));
    connectors.push({
      from: predecessor,
      to: action,
      points: [
        [x1, y1],
        [bend, y1],
        [bend, y2],
        [x2, y2],
      ],
    });
  }
  connectors.sort((a, b) => compareActionCodes(a.from, b.from) || compareActionCodes(a.to, b.to));

  return {
    width: dim.width,
    height: plotBottom + dim.footerHeight,
    chartX0,
    chartX1,
    plotTop,
    plotBottom,
    range,
    ticks,
    groups,
    connectors,
    today: { date: input.today, x: scale(input.today) },
    // The plan ends at the close of its last day.
    planEnd: { date: input.planEnd, x: scale(addDays(input.planEnd, 1)) },
  };
}

export type TimelineSummary = {
  actions: number;
  workstreams: number;
  foundational: number;
  slipped: number;
  maxSlipDays: number;
  atRisk: number;
};

export function summariseGantt(layout: GanttLayout): TimelineSummary {
  const rows = layout.groups.flatMap((g) => g.rows);
  return {
    actions: rows.length,
    workstreams: layout.groups.length,
    foundational: rows.filter((r) => r.foundational).length,
    slipped: rows.filter((r) => r.slipDays > 0).length,
    maxSlipDays: Math.max(0, ...rows.map((r) => r.slipDays)),
    atRisk: rows.filter((r) => r.atRiskFrom.length > 0).length,
  };
}
