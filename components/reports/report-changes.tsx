import type { ReactNode } from "react";
import { uiText } from "@/i18n/ui-text";
import type { ReportChanges as Changes, StatusChange } from "@/lib/reports/types";
import { CELL, Counted, ReportSection, ReportTable, reportColumns, ROW_HEADER } from "./report-table";

async function ChangeTable<T extends string>({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: StatusChange<T>[];
  label: (v: T | null) => ReactNode;
}) {
  return (
    <ReportTable
      caption={caption}
      columns={await reportColumns("code", "action", "was", "now")}
      minWidth="min-w-[32rem]"
    >
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

function RefList({ id, title, items }: { id: string; title: ReactNode; items: { code: string; title: string }[] }) {
  return (
    <Counted id={id} title={title} count={items.length}>
      <ul className="mt-1 list-disc pl-6">
        {items.map((a) => (
          <li key={a.code}>
            {a.code} {a.title}
          </li>
        ))}
      </ul>
    </Counted>
  );
}

export async function ReportChanges({ changes }: { changes: Changes | null }) {
  const [{ t, L }, status] = await Promise.all([uiText("reports.changes"), uiText("status")]);
  if (!changes) {
    return (
      <ReportSection id="changes" title={L("headingFirst")}>
        <p className="mt-2">{L("first")}</p>
      </ReportSection>
    );
  }
  const c = changes;
  const stageLabel = (s: string | null) => status.L(s ? `stage.${s}` : "system.not_yet_reported");
  const confidenceLabel = (r: string | null) => (r ? status.L(`confidence.${r}`) : L("noRating"));
  return (
    <ReportSection id="changes" title={L("heading", { period: c.previousPeriod })}>
      <Counted id="chg-stage" title={L("stage")} count={c.stage.length}>
        <ChangeTable caption={t("stageCaption", { period: c.previousPeriod })} rows={c.stage} label={stageLabel} />
      </Counted>
      <Counted id="chg-confidence" title={L("confidence")} count={c.confidence.length}>
        <ChangeTable
          caption={t("confidenceCaption", { period: c.previousPeriod })}
          rows={c.confidence}
          label={confidenceLabel}
        />
      </Counted>
      <RefList id="chg-complete" title={L("newlyComplete")} items={c.newlyComplete} />
      <RefList id="chg-slips" title={L("newSlips")} items={c.newSlips} />
      <RefList id="chg-stale" title={L("newlyStale")} items={c.newlyStale} />
      {c.newActions.length > 0 && <RefList id="chg-new" title={L("newActions")} items={c.newActions} />}
    </ReportSection>
  );
}
