import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import type { GanttLayout, GanttRow } from "@/lib/timeline/gantt-layout";
import { truncateLabel } from "@/lib/timeline/gantt-layout";

/** Colours with at least 4.5:1 against white (text) or 3:1 (shapes); never the only signal. */
export const GANTT_COLOURS = {
  ink: "#1b1b1f",
  muted: "#4a4f57",
  baseline: "#0b4f6c",
  forecast: "#9a3412",
  today: "#b91c1c",
  planEnd: "#334155",
  connector: "#475569",
  grid: "#cbd5e1",
  yearGrid: "#64748b",
  band: "#e8eef2",
  afterPlan: "#f4f4f5",
} as const;

const C = GANTT_COLOURS;

/** A white outline behind text drawn over lines or hatching, so it stays readable. */
const HALO = { stroke: "#ffffff", strokeWidth: 4, strokeLinejoin: "round", paintOrder: "stroke" } as const;

/** Rows labelled by code and title (wide screens) or by code alone (phones). */
export type GanttLabels = "titles" | "codes";

/**
 * The plan timeline as an inline SVG drawn on the server: no client JavaScript. The picture is one
 * image to assistive technology (`role="img"` with a summary); the table on the page carries every
 * value, titles included. The page draws it twice, with titles and with codes, and CSS shows the
 * one that fits the screen, so ids inside are kept apart by `labels`.
 */
export async function GanttChart({
  layout,
  label,
  labels,
  className,
}: {
  layout: GanttLayout;
  label: string;
  labels: GanttLabels;
  className: string;
}) {
  const t = await getTranslations("timeline");
  const { chartX0, chartX1, plotTop, plotBottom, width, height } = layout;
  const axisMid = plotTop - 14;
  const hatchId = `gantt-${labels}-hatch`;
  const arrowId = `gantt-${labels}-arrow`;
  // Roughly 8 units a character at 14px bold, so a heading never runs off the chart.
  const headingChars = Math.min(120, Math.floor((width - 16) / 8));

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      style={{ minWidth: width }}
      className={`h-auto w-full font-sans ${className}`}
    >
      <title>{t("chartTitle")}</title>
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={C.forecast} strokeWidth="2.5" />
        </pattern>
        <marker id={arrowId} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill={C.connector} />
        </marker>
      </defs>

      {/* After the plan's own two years: shaded, and labelled in the footer. */}
      {layout.planEnd.x < chartX1 && (
        <rect
          x={layout.planEnd.x}
          y={plotTop}
          width={chartX1 - layout.planEnd.x}
          height={plotBottom - plotTop}
          fill={C.afterPlan}
        />
      )}

      {/* Axis: years, then quarters, with gridlines. */}
      <g fontSize="13" fill={C.ink}>
        {layout.ticks.map((tick, i) => {
          const yearStarts = i === 0 || tick.quarter === 1;
          return (
            <g key={tick.label}>
              <line
                x1={tick.x}
                x2={tick.x}
                y1={yearStarts ? 4 : plotTop - 26}
                y2={plotBottom}
                stroke={yearStarts ? C.yearGrid : C.grid}
                strokeWidth={yearStarts ? 1.25 : 1}
              />
              {yearStarts && (
                <text x={tick.x + 5} y={18} fontWeight="700">
                  {tick.year}
                </text>
              )}
              <text x={tick.x + tick.width / 2} y={axisMid} textAnchor="middle">
                Q{tick.quarter}
              </text>
            </g>
          );
        })}
        <line x1={chartX1} x2={chartX1} y1={plotTop - 26} y2={plotBottom} stroke={C.grid} />
        <line x1={0} x2={width} y1={plotTop} y2={plotTop} stroke={C.yearGrid} />
      </g>

      {/* Workstream headings as bands across the chart. */}
      {layout.groups.map((g) => (
        <g key={g.number}>
          <rect x={0} y={g.y} width={width} height={30} fill={C.band} />
          <text x={8} y={g.y + 20} fontSize="14" fontWeight="700" fill={C.ink}>
            {truncateLabel(t("workstreamHeading", { number: g.number, title: g.title }), headingChars)}
          </text>
        </g>
      ))}

      {/* Dependencies, under the bars so they meet the bar ends cleanly. */}
      <g fill="none" stroke={C.connector} strokeWidth="1.25">
        {layout.connectors.map((c) => (
          <polyline
            key={`${c.from}-${c.to}`}
            points={c.points.map(([x, y]) => `${x},${y}`).join(" ")}
            markerEnd={`url(#${arrowId})`}
          />
        ))}
      </g>

      {/* Plan end and today: lines under the bars, labels in the footer. */}
      <line
        x1={layout.planEnd.x}
        x2={layout.planEnd.x}
        y1={plotTop}
        y2={plotBottom + 22}
        stroke={C.planEnd}
        strokeWidth="2"
        strokeDasharray="6 3"
      />
      <FooterLabel x={layout.planEnd.x} y={plotBottom + 18} chartX0={chartX0} chartX1={chartX1} fill={C.planEnd}>
        {t("planEndLabel", { date: formatDate(layout.planEnd.date) })}
      </FooterLabel>
      <line
        x1={layout.today.x}
        x2={layout.today.x}
        y1={plotTop}
        y2={plotBottom + 42}
        stroke={C.today}
        strokeWidth="2.5"
      />
      <FooterLabel x={layout.today.x} y={plotBottom + 38} chartX0={chartX0} chartX1={chartX1} fill={C.today}>
        {t("todayLabel", { date: formatDate(layout.today.date) })}
      </FooterLabel>
      {layout.groups
        .flatMap((g) => g.rows)
        .map((row) => (
          <GanttRowShapes
            key={row.code}
            row={row}
            labels={labels}
            hatchId={hatchId}
            chartX0={chartX0}
            chartX1={chartX1}
            notes={
              labels === "codes"
                ? // Only the marks the legend explains: dependencies show as connectors and codes before bars.
                  [row.foundational ? "◆" : null, row.atRiskFrom.length > 0 ? "⚠" : null]
                    .filter((n): n is string => n !== null)
                    .join(" ")
                : [
                    row.foundational ? t("foundationalMark") : null,
                    row.predecessors.length > 0 ? t("after", { codes: row.predecessors.join(", ") }) : null,
                    row.atRiskFrom.length > 0 ? t("atRiskMark", { codes: row.atRiskFrom.join(", ") }) : null,
                  ]
                    .filter((n): n is string => n !== null)
                    .join(" · ")
            }
            slipLabel={row.slipDays > 0 ? t("slipShort", { days: row.slipDays }) : null}
          />
        ))}
    </svg>
  );
}

/** A label beside a vertical line, flipped to the left of it near the right edge. */
function FooterLabel({
  x,
  y,
  chartX0,
  chartX1,
  fill,
  children,
}: {
  x: number;
  y: number;
  chartX0: number;
  chartX1: number;
  fill: string;
  children: string;
}) {
  const roomRight = chartX1 - x > 190 || x - chartX0 < 190;
  return (
    <text
      x={roomRight ? x + 5 : x - 5}
      y={y}
      textAnchor={roomRight ? "start" : "end"}
      fontSize="13"
      fontWeight="700"
      fill={fill}
    >
      {children}
    </text>
  );
}

function GanttRowShapes({
  row,
  labels,
  hatchId,
  chartX0,
  chartX1,
  notes,
  slipLabel,
}: {
  row: GanttRow;
  labels: GanttLabels;
  hatchId: string;
  chartX0: number;
  chartX1: number;
  notes: string;
  slipLabel: string | null;
}) {
  const { baseline, forecast } = row;
  const forecastEnd = forecast ? forecast.x + forecast.width : 0;
  const slipFitsAfter = forecastEnd + 56 < chartX1;
  const external = row.externalPredecessors.length > 0 ? `${row.externalPredecessors.join(", ")} ▸` : null;
  // Roughly 7 units a character at 11px: only drawn where it fits before the bar.
  const externalFits = external !== null && baseline.x - chartX0 > external.length * 7 + 6;
  return (
    <g>
      <text x={8} y={row.y + 17} fontSize="13" fill={C.ink}>
        <tspan fontWeight="700">{row.code}</tspan>
        {labels === "titles" && ` ${row.shortTitle}`}
      </text>
      {notes && (
        <text x={8} y={row.y + 34} fontSize="12" fill={C.muted}>
          {truncateLabel(notes, 52)}
        </text>
      )}
      <rect x={baseline.x} y={baseline.y} width={baseline.width} height={baseline.height} fill={C.baseline} />
      {external && externalFits && (
        <text
          x={baseline.x - 3}
          y={baseline.y + baseline.height - 1}
          textAnchor="end"
          fontSize="11"
          fontWeight="700"
          fill={C.connector}
          {...HALO}
        >
          {external}
        </text>
      )}
      {forecast && (
        <>
          <rect
            x={forecast.x}
            y={forecast.y}
            width={forecast.width}
            height={forecast.height}
            fill={`url(#${hatchId})`}
            stroke={C.forecast}
            strokeWidth="1.5"
          />
          {slipLabel &&
            (slipFitsAfter ? (
              <text
                x={forecastEnd + 4}
                y={forecast.y + forecast.height}
                fontSize="12"
                fill={C.forecast}
                fontWeight="700"
              >
                {slipLabel}
              </text>
            ) : (
              // No room after the bar: a tag over its end, on white so the hatching never runs through it.
              <g>
                <rect
                  x={forecastEnd - slipLabel.length * 7.5 - 6}
                  y={forecast.y - 3}
                  width={slipLabel.length * 7.5 + 6}
                  height={forecast.height + 6}
                  fill="#ffffff"
                  stroke={C.forecast}
                  strokeWidth="1.5"
                />
                <text
                  x={forecastEnd - 3}
                  y={forecast.y + forecast.height}
                  textAnchor="end"
                  fontSize="12"
                  fill={C.forecast}
                  fontWeight="700"
                >
                  {slipLabel}
                </text>
              </g>
            ))}
        </>
      )}
    </g>
  );
}
