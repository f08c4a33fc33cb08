import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GANTT_COLOURS as C } from "./gantt-chart";

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg aria-hidden="true" focusable="false" width="36" height="16" viewBox="0 0 36 16" className="shrink-0">
      {children}
    </svg>
  );
}

/** What each mark on the chart means, in words beside a copy of the mark. */
export async function GanttLegend() {
  const t = await getTranslations("timeline.legend");
  const items: { key: string; swatch: ReactNode }[] = [
    { key: "baseline", swatch: <rect x="1" y="4" width="34" height="8" fill={C.baseline} /> },
    {
      key: "forecast",
      swatch: (
        <>
          <defs>
            <pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={C.forecast} strokeWidth="2.5" />
            </pattern>
          </defs>
          <rect x="1" y="4" width="34" height="8" fill="url(#legend-hatch)" stroke={C.forecast} strokeWidth="1.5" />
        </>
      ),
    },
    {
      key: "slip",
      swatch: (
        <text x="2" y="12" fontSize="11" fontWeight="700" fill={C.forecast}>
          +N d
        </text>
      ),
    },
    {
      key: "dependency",
      swatch: (
        <>
          <polyline points="1,3 12,3 12,12 30,12" fill="none" stroke={C.connector} strokeWidth="1.5" />
          <path d="M28,8 L35,12 L28,16 z" fill={C.connector} />
        </>
      ),
    },
    {
      key: "external",
      swatch: (
        <>
          <text x="0" y="12" fontSize="10" fontWeight="700" fill={C.connector}>
            1.1▸
          </text>
          <rect x="26" y="4" width="10" height="8" fill={C.baseline} />
        </>
      ),
    },
    { key: "today", swatch: <line x1="18" x2="18" y1="0" y2="16" stroke={C.today} strokeWidth="2.5" /> },
    {
      key: "planEnd",
      swatch: <line x1="18" x2="18" y1="0" y2="16" stroke={C.planEnd} strokeWidth="2" strokeDasharray="6 3" />,
    },
    {
      key: "foundational",
      swatch: (
        <text x="12" y="13" fontSize="14" fill={C.ink}>
          ◆
        </text>
      ),
    },
    {
      key: "atRisk",
      swatch: (
        <text x="11" y="13" fontSize="14" fill={C.ink}>
          ⚠
        </text>
      ),
    },
  ];
  return (
    <section aria-labelledby="gantt-legend-heading" className="mt-6">
      <h2 id="gantt-legend-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.key} className="flex items-start gap-2">
            <Swatch>{item.swatch}</Swatch>
            <span>{t(item.key as "baseline")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
