import type { ReportChanges as Changes, StatusChange } from "@/lib/reports/types";
import {
  CONFIDENCE_LABELS,
  STAGE_LABELS,
  SYSTEM_STATE_LABELS,
  type Confidence,
  type Stage,
} from "@/lib/status/vocabulary";
import { CELL, ReportSection, ReportTable, ROW_HEADER } from "./report-table";

function ChangeTable<T extends string>({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: StatusChange<T>[];
  label: (v: T | null) => string;
}) {
  return (
    <ReportTable caption={caption} columns={["Code", "Action", "Was", "Now"]} minWidth="min-w-[32rem]">
      {rows.map((r) => (
        <tr key={r.code}>
          <th scope="row" className={`${ROW_HEADER} w-16 tabular-nums`}>
            {r.code}
          </th>
          <td className={`${CELL} report-title`}>{r.title}</td>
          <td className={CELL}>{label(r.from)}</td>
          <td className={CELL}>{label(r.to)}</td>
        </tr>
      ))}
    </ReportTable>
  );
}

function RefList({ id, title, items }: { id: string; title: string; items: { code: string; title: string }[] }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-xl font-bold">
        {title} <span className="font-normal tabular-nums">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-1">None.</p>
      ) : (
        <ul className="mt-1 list-disc pl-6">
          {items.map((a) => (
            <li key={a.code}>
              {a.code} {a.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const stageLabel = (s: Stage | null) => (s ? STAGE_LABELS[s] : SYSTEM_STATE_LABELS.not_yet_reported);
const confidenceLabel = (c: Confidence | null) => (c ? CONFIDENCE_LABELS[c] : "No rating");

export function ReportChanges({ changes }: { changes: Changes | null }) {
  if (!changes) {
    return (
      <ReportSection id="changes" title="What changed since the previous period">
        <p className="mt-2">This is the first closed period: there is no earlier report to compare with.</p>
      </ReportSection>
    );
  }
  const c = changes;
  return (
    <ReportSection id="changes" title={`What changed since ${c.previousPeriod}`}>
      <section aria-labelledby="chg-stage" className="mt-6">
        <h3 id="chg-stage" className="text-xl font-bold">
          Stage changes <span className="font-normal tabular-nums">({c.stage.length})</span>
        </h3>
        {c.stage.length === 0 ? (
          <p className="mt-1">None.</p>
        ) : (
          <ChangeTable
            caption={`Stage at the close of ${c.previousPeriod} and now`}
            rows={c.stage}
            label={stageLabel}
          />
        )}
      </section>
      <section aria-labelledby="chg-confidence" className="mt-6">
        <h3 id="chg-confidence" className="text-xl font-bold">
          Confidence changes <span className="font-normal tabular-nums">({c.confidence.length})</span>
        </h3>
        {c.confidence.length === 0 ? (
          <p className="mt-1">None.</p>
        ) : (
          <ChangeTable
            caption={`Delivery confidence at the close of ${c.previousPeriod} and now`}
            rows={c.confidence}
            label={confidenceLabel}
          />
        )}
      </section>
      <RefList id="chg-complete" title="Newly complete" items={c.newlyComplete} />
      <RefList id="chg-slips" title="Newly slipped" items={c.newSlips} />
      <RefList id="chg-stale" title="Newly stale" items={c.newlyStale} />
      {c.newActions.length > 0 && <RefList id="chg-new" title="New actions" items={c.newActions} />}
    </ReportSection>
  );
}
