import { PgDialect } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { latestPublishedAt } from "@/db/periods/freeze-period";

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
    // The very query period freezing runs, rendered to text with its parameters.
    const probe = new PgDialect().sqlToQuery(latestPublishedAt(at.toISOString()));
    const rows = await sql.unsafe(`explain (analyze, buffers) ${probe.sql}`, probe.params as string[]);
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
