import postgres from "postgres";

/**
 * The "latest published update per action" lateral query of db/periods/freeze-period.ts, as at `at`.
 * Keep in step with that file: it is the probe whose plan must stay an index scan.
 */
export const LATEST_PUBLISHED_SQL = `
select a.id as action_id, u.id, u.stage, u.confidence, u.public_narrative, u.explanation, u.recovery_step,
       u.not_proceeding_reason, u.risks, u.next_steps, u.published_at, p.label as period_label
from actions a
join lateral (
  select * from progress_updates pu
  where pu.action_id = a.id and pu.state = 'published' and pu.published_at <= $1::timestamptz
  order by pu.published_at desc, pu.id desc limit 1
) u on true
left join reporting_periods p on p.id = u.period_id`;

export type ExplainResult = {
  plan: string[];
  /** The probe reads progress_updates_latest_published_idx. */
  usesIndex: boolean;
  /** Some node scans the whole progress_updates table. */
  seqScanOnUpdates: boolean;
  /** The probe sorts each action's whole history (a full Sort, not an Incremental Sort of ties). */
  sortsHistory: boolean;
  /** Rows the probe read from progress_updates per action (the scan's actual rows). */
  rowsPerProbe: number | null;
};

function rowsPerProbe(plan: string[]): number | null {
  const scan = plan.find((l) => / on progress_updates pu\b/.test(l));
  const match = scan && /actual time=\S+ rows=(\d+) loops=/.exec(scan);
  return match ? Number(match[1]) : null;
}

/** One line per finding, for the benchmark's output. */
export function verdict(r: ExplainResult): string[] {
  return [
    r.usesIndex
      ? "OK: the probe uses progress_updates_latest_published_idx."
      : "WARNING: the probe does not use progress_updates_latest_published_idx.",
    r.seqScanOnUpdates ? "WARNING: a Seq Scan reads all of progress_updates." : "OK: no Seq Scan on progress_updates.",
    r.sortsHistory
      ? "WARNING: each probe reads and sorts the action's whole history (the index order does not match the ORDER BY)."
      : "OK: no full sort of an action's history.",
    `Rows read from progress_updates per action: ${r.rowsPerProbe ?? "?"}.`,
  ];
}

export async function explainLatestPublished(url: string, at: Date): Promise<ExplainResult> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql.unsafe(`explain (analyze, buffers) ${LATEST_PUBLISHED_SQL}`, [at.toISOString()]);
    const plan = rows.map((r) => String(r["QUERY PLAN"]));
    return {
      plan,
      usesIndex: plan.some((l) => /Index (Only )?Scan using progress_updates_latest_published_idx/.test(l)),
      seqScanOnUpdates: plan.some((l) => /Seq Scan on progress_updates\b/.test(l)),
      sortsHistory: plan.some((l) => /^\s*->\s+Sort\b/.test(l)),
      rowsPerProbe: rowsPerProbe(plan),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
